import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyScreen } from '../../src/renderer/src/routing/lazyScreen';

/** A chunk the test loads by hand, to see what shows before and after. */
function deferredScreen() {
  let resolve!: (component: (props: { name: string }) => React.JSX.Element) => void;
  let loads = 0;
  const Screen = lazyScreen(() => {
    loads += 1;
    return new Promise<(props: { name: string }) => React.JSX.Element>((done) => (resolve = done));
  });
  return {
    Screen,
    loads: () => loads,
    arrive: () => resolve(({ name }) => <h1>Hello {name}</h1>),
  };
}

describe('lazyScreen (screens and steps in their own chunks, issue 14)', () => {
  it('shows the Suspense fallback while its chunk loads, then the screen, and loads the chunk once', async () => {
    const { Screen, loads, arrive } = deferredScreen();
    // Awaited: React retries a suspended render from inside act only when act is awaited.
    await act(async () => {
      render(
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Screen name="Ana" />
        </Suspense>,
      );
    });
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    await act(async () => arrive());
    expect(await screen.findByRole('heading', { name: 'Hello Ana' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(loads()).toBe(1);
  });

  it('renders at once, without the fallback, once preloaded', async () => {
    const { Screen, loads, arrive } = deferredScreen();
    const preloaded = Screen.preload();
    arrive();
    await preloaded;
    render(
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Screen name="Luis" />
      </Suspense>,
    );
    expect(screen.getByRole('heading', { name: 'Hello Luis' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(loads()).toBe(1);
  });

  it('tries a chunk that failed to load again the next time', async () => {
    let attempts = 0;
    const Screen = lazyScreen<object>(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk missing');
      return () => <p>Loaded</p>;
    });
    await expect(Screen.preload()).rejects.toThrow('chunk missing');
    await Screen.preload();
    render(<Screen />);
    expect(screen.getByText('Loaded')).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
