import type { PracticeServerStatus as StatusView, PRACTICE_SERVER_OPERATION_NAMES } from '../../shared/contract';
import type { AppLock } from '../lock/app-lock';
import { NotFoundError } from '../errors';
import { PracticeServerError } from '../practice-server/errors';
import type { PracticeServerService, PracticeServerStatus } from '../practice-server/service';
import type { Operations } from './operations';

export type PracticeServerOperationName = (typeof PRACTICE_SERVER_OPERATION_NAMES)[number];
export type PracticeServerOperations = Pick<Operations, PracticeServerOperationName>;

/** What the operations use of main's PracticeServerService (the tests pass the real one). */
export type PracticeServerTarget = Pick<PracticeServerService, 'status' | 'listConflicts' | 'resolveConflict' | 'join'>;

const NO_SERVER =
  'Duet’s practice policy on this computer names no practice server, so there is nothing to join. Ask your IT team (docs/practice-server.md).';
const NO_SUCH_CONFLICT = 'That change is no longer waiting for a choice. It may have been settled already.';

/** The service's status as the page sees it: small and plain (the refused changes as a count). */
export function statusView(status: PracticeServerStatus): StatusView {
  if (status.state === 'not-joined') {
    return { state: 'not-joined', offlineSince: null, left: 0, conflicts: 0, refused: 0, problem: status.problem };
  }
  return {
    // The sync reports 'stopped' from its start until its first exchange begins (and while Duet quits, when the
    // page is gone): for the page, a started sync is catching up.
    state: status.state === 'stopped' ? 'catching-up' : status.state,
    offlineSince: status.offlineSince,
    left: status.left,
    conflicts: status.conflicts,
    refused: status.refused.length,
    problem: status.problem,
  };
}

/**
 * The practice server's operations, behind the app lock like every other one (each answers 'locked' while Duet is
 * locked). Without a practice server in the policy they answer plainly: no status (null), no conflicts, and a
 * join that says there is no server to join.
 */
export function createPracticeServerOperations({ lock, practiceServer }: { lock: AppLock; practiceServer: PracticeServerTarget | null }): PracticeServerOperations {
  return {
    getPracticeServerStatus: async () => {
      lock.unlockedStore();
      return practiceServer ? statusView(practiceServer.status()) : null;
    },
    listSyncConflicts: async () => {
      lock.unlockedStore();
      if (!practiceServer) return [];
      const conflicts = await practiceServer.listConflicts();
      return conflicts.map(({ id, patientLabel, thisRoomSavedAt, practiceSavedAt }) => ({ id, patientLabel, thisRoomSavedAt, practiceSavedAt }));
    },
    resolveSyncConflict: async ({ id, keep }) => {
      lock.unlockedStore();
      if (!practiceServer || !(await practiceServer.listConflicts()).some((conflict) => conflict.id === id)) throw new NotFoundError(NO_SUCH_CONFLICT);
      return { keptId: await practiceServer.resolveConflict(id, keep) };
    },
    joinPracticeServer: async (input) => {
      lock.unlockedStore();
      if (!practiceServer) throw new PracticeServerError('not-set-up', NO_SERVER);
      await practiceServer.join(lock, input);
      return statusView(practiceServer.status());
    },
  };
}
