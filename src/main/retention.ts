import { sessionsDueForDeletion } from '../shared/domain/retention';
import type { Store } from './storage';

export interface RetentionOutcome {
  /** Sessions deleted for good (each noted as 'expired' in the activity log). */
  deleted: string[];
  /** Sessions that were due but could not be deleted; they are tried again at the next run. */
  failed: string[];
}

/**
 * Deletes the sessions the practice's retention period says are due (see sessionsDueForDeletion), one by one:
 * one that cannot be deleted is logged for IT and does not stop the others.
 */
export async function applyRetention(store: Store, now: Date): Promise<RetentionOutcome> {
  const { settings, openSessionId } = store.read();
  return deleteExpiredSessions(store, sessionsDueForDeletion(store.listSessions(), settings.retentionDays, now, openSessionId), now);
}

/** Deletes the given due sessions, one by one (see applyRetention). */
export async function deleteExpiredSessions(store: Store, due: readonly string[], now: Date): Promise<RetentionOutcome> {
  const outcome: RetentionOutcome = { deleted: [], failed: [] };
  for (const id of due) {
    try {
      // False: deleted meanwhile by someone at the computer, which that deletion already logged.
      if (!(await store.deleteSession(id))) continue;
    } catch (error) {
      console.error(`Duet: could not delete session ${id} at the end of the retention period`, error);
      outcome.failed.push(id);
      continue;
    }
    outcome.deleted.push(id);
    try {
      await store.audit.record('expired', id, now);
    } catch (error) {
      // The session is gone already; a log that cannot be written must not make it look like it is not.
      console.error(`Duet: could not write "expired" to the activity log for session ${id}`, error);
    }
  }
  return outcome;
}
