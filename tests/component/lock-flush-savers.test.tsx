import { describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '../../src/shared/session';
import { AnswersSaver, flushAllSavers, followUpSaverKey, saverFor } from '../../src/renderer/src/components/answersSaver';

/** A save the test finishes by hand, to see what waits for it. */
function controlledSave() {
  const calls: Answers[] = [];
  let finish: (ok: boolean) => void = () => undefined;
  const save = (answers: Answers) =>
    new Promise<void>((resolve, reject) => {
      calls.push(answers);
      finish = (ok) => (ok ? resolve() : reject(new Error('disk full')));
    });
  return { save, calls, finish: (ok: boolean) => finish(ok) };
}

const answers = (worries: string): Answers => ({ ...emptyAnswers(), worries });
const settledFlag = (promise: Promise<void>) => {
  const flag = { settled: false };
  void promise.then(() => (flag.settled = true));
  return flag;
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Saving before the lock', () => {
  it('whenSettled waits for the save in flight, and for answers typed during it', async () => {
    const save = controlledSave();
    const saver = new AnswersSaver(save.save);
    saver.change(answers('first'), 'now');
    saver.change(answers('second'), 'now');
    const settled = settledFlag(saver.whenSettled());
    await tick();
    expect(settled.settled).toBe(false);

    save.finish(true);
    await tick();
    // The newer answers went out right after the first save: still waiting.
    expect(save.calls.map((sent) => sent.worries)).toEqual(['first', 'second']);
    expect(settled.settled).toBe(false);
    save.finish(true);
    await tick();
    expect(settled.settled).toBe(true);
  });

  it('whenSettled does not wait forever for a failing save (it keeps retrying on its own)', async () => {
    const save = controlledSave();
    const saver = new AnswersSaver(save.save);
    saver.change(answers('kept'), 'now');
    const settled = settledFlag(saver.whenSettled());
    save.finish(false);
    await tick();
    expect(settled.settled).toBe(true);
    expect(saver.pendingAnswers()?.worries).toBe('kept');
  });

  it('flushAllSavers sends answers still waiting for the typing pause at once, then forgets saved sessions', async () => {
    const save = controlledSave();
    const sessionId = '0b9d6a4e-3c1f-4c57-9a51-3f6f2f0b1a11';
    const saver = saverFor(sessionId, save.save);
    saver.change(answers('typed just now'), 'typing');
    expect(save.calls).toEqual([]);

    const flushed = settledFlag(flushAllSavers());
    await tick();
    expect(save.calls.map((sent) => sent.worries)).toEqual(['typed just now']);
    expect(flushed.settled).toBe(false);
    save.finish(true);
    await tick();
    expect(flushed.settled).toBe(true);
    // A new saver for the session: the old one, and the answers it held, are gone.
    expect(saverFor(sessionId, save.save)).not.toBe(saver);
  });

  it('flushAllSavers also sends a follow-up visit typed just before the lock', async () => {
    const sent: string[] = [];
    const key = followUpSaverKey('0b9d6a4e-3c1f-4c57-9a51-3f6f2f0b1a11', '5f2b8c1e-7d4a-4e3b-9c6d-2a1b0c9d8e7f');
    const saver = saverFor<{ patientWords: string }>(key, (visit) => {
      sent.push(visit.patientWords);
      return Promise.resolve();
    });
    saver.change({ patientWords: 'sleeping better' }, 'typing');
    expect(sent).toEqual([]);
    await flushAllSavers();
    expect(sent).toEqual(['sleeping better']);
  });
});
