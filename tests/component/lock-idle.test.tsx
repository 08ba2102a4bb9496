import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src/shared/contract';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { createQueryClient } from '../../src/renderer/src/api/hooks';
import { App } from '../../src/renderer/src/App';
import { useIdleLock } from '../../src/renderer/src/lock/useIdleLock';
import { createTestDuet, type TestDuet } from '../support/test-duet';

const MINUTE = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

describe('useIdleLock', () => {
  it('fires once after the minutes with no use, and any key, click, move, wheel or touch starts the wait again', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    renderHook(() => useIdleLock(2, onIdle));

    for (const activity of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart']) {
      act(() => vi.advanceTimersByTime(2 * MINUTE - 1_000));
      window.dispatchEvent(new Event(activity));
    }
    expect(onIdle).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(2 * MINUTE - 1_000));
    expect(onIdle).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1_000));
    expect(onIdle).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(10 * MINUTE));
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing while turned off, and stops when unmounted', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const off = renderHook(() => useIdleLock(1, onIdle, false));
    act(() => vi.advanceTimersByTime(5 * MINUTE));
    off.unmount();
    const on = renderHook(() => useIdleLock(1, onIdle));
    on.unmount();
    act(() => vi.advanceTimersByTime(5 * MINUTE));
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('Idle lock in the app', () => {
  let duet: TestDuet | null = null;
  afterEach(async () => {
    await duet?.cleanup();
    duet = null;
  });

  async function value<T>(result: Promise<Result<T>>): Promise<T> {
    const settled = await result;
    if (!settled.ok) throw new Error(`operation failed: ${settled.error.code} ${settled.error.message}`);
    return settled.value;
  }

  it('locks after the minutes chosen in settings, even while the patient prepares alone', async () => {
    duet = await createTestDuet();
    window.api = duet.api;
    await value(duet.api.saveSettings({ ...DEFAULT_SETTINGS, lockAfterMinutes: 3 }));
    const created = await value(
      duet.api.createSession({ clinicianName: 'Dr Rivera', patientLabel: 'Patient Q7', conditionId: 'depression', language: 'en', decisionRole: 'shared' }),
    );
    await value(duet.api.saveAnswers({ id: created.id, answers: { ...created.answers, mode: 'prepare', currentStep: 'condition' } }));
    // Fake clock that still moves on its own, so the real saves and reads settle.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    window.location.hash = `#/session/${created.id}`;
    render(
      <QueryClientProvider client={createQueryClient()}>
        <App />
      </QueryClientProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: /About the condition/ });
    expect(document.documentElement.classList.contains('prepare-mode')).toBe(true);

    act(() => vi.advanceTimersByTime(2 * MINUTE));
    fireEvent.keyDown(document.body, { key: 'Tab' });
    act(() => vi.advanceTimersByTime(2 * MINUTE));
    expect(screen.queryByRole('heading', { level: 1, name: 'Duet is locked' })).toBeNull();

    act(() => vi.advanceTimersByTime(1 * MINUTE));
    expect(await screen.findByRole('heading', { level: 1, name: 'Duet is locked' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Patient Q7');
    const lockedDuet = duet;
    await waitFor(async () => expect((await value(lockedDuet.api.getLockStatus())).state).toBe('locked'));
  });
});
