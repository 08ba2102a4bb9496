import { afterEach, describe, expect, it } from 'vitest';
import { AWAIT_PRINT_READY_SCRIPT } from '../../src/shared/print-options';

/** What main's executeJavaScript (and the harness's page.evaluate) gets back from the script, run in a page. */
const runScript = () => new Function(`return ${AWAIT_PRINT_READY_SCRIPT};`)() as Promise<unknown>;
const root = document.documentElement;

afterEach(() => {
  delete root.dataset.printReady;
});

describe('AWAIT_PRINT_READY_SCRIPT (main waits for the print page with one question, issue 14)', () => {
  it('answers at once when the page is already ready', async () => {
    root.dataset.printReady = 'true';
    expect(await runScript()).toBe('true');
  });

  it('waits while the page is loading, then answers the moment it is ready', async () => {
    const answer = runScript();
    let settled = false;
    void answer.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    root.dataset.printReady = 'true';
    expect(await answer).toBe('true');
  });

  it('answers "error" when the page says it could not load the plan', async () => {
    const answer = runScript();
    root.dataset.printReady = 'error';
    expect(await answer).toBe('error');
  });
});
