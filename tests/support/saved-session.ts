import { sessionFromSave, type AnswersSavedWhileLocked } from '../../src/shared/contract';
import type { Session } from '../../src/shared/session';

/** saveAnswers' answer while unlocked: the whole saved session (a locked Duet answers only the time). */
export function savedSession(saved: Session | AnswersSavedWhileLocked): Session {
  const session = sessionFromSave(saved);
  if (!session) throw new Error('saveAnswers answered as if Duet were locked');
  return session;
}
