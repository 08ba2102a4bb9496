import { LOCK_OPERATION_NAMES, OPERATION_NAMES, PRACTICE_SERVER_OPERATION_NAMES } from '../../shared/contract';
import type { AppLock } from '../lock/app-lock';
import type { Store } from '../storage';
import type { LockOperationName, Operations, SessionOperations } from './operations';
import { createPracticeServerOperations, type PracticeServerOperationName, type PracticeServerTarget } from './practice-server-operations';

export interface AppOperationsDeps {
  lock: AppLock;
  /** The store's operations, made once per opened store. */
  sessionOperations: (store: Store) => SessionOperations;
  /** For the security log (the lock logs its own unlocks and locks). */
  onPassphraseChanged?: () => void;
  /** Main's practice server when the policy names one (issue 13); without it those operations answer plainly. */
  practiceServer?: PracticeServerTarget | null;
}

type SessionOperationName = Exclude<keyof Operations, LockOperationName | PracticeServerOperationName>;

const isLockOperation = (name: string): name is LockOperationName =>
  (LOCK_OPERATION_NAMES as readonly string[]).includes(name) || name === 'changePassphrase';
const isPracticeServerOperation = (name: string): name is PracticeServerOperationName => (PRACTICE_SERVER_OPERATION_NAMES as readonly string[]).includes(name);

/**
 * Every operation in the contract, behind the app lock. While Duet is locked, every operation that reads, shows,
 * prints or exports patient data answers 'locked'. saveAnswers is the one exception, and only for the sessions
 * open or being saved at the lock, for a short grace time (AppLock.saveAnswers): an autosave typed a moment before
 * the lock (idle, or the computer going to sleep) must not be lost, and the answer then reveals nothing.
 */
export function createAppOperations({ lock, sessionOperations, onPassphraseChanged, practiceServer = null }: AppOperationsDeps): Operations {
  let made: { store: Store; operations: SessionOperations } | null = null;
  const operationsFor = (store: Store): SessionOperations => {
    if (made?.store !== store) made = { store, operations: sessionOperations(store) };
    return made.operations;
  };

  const sessionNames = OPERATION_NAMES.filter((name): name is SessionOperationName => !isLockOperation(name) && !isPracticeServerOperation(name));
  const guarded = Object.fromEntries(
    sessionNames.map((name) => [
      name,
      (input: unknown) => {
        const operation = operationsFor(lock.unlockedStore())[name] as (parsed: unknown) => Promise<unknown>;
        return operation(input);
      },
    ]),
  ) as unknown as SessionOperations;

  return {
    ...guarded,
    ...createPracticeServerOperations({ lock, practiceServer }),
    saveAnswers: (input) =>
      lock.saveAnswers(input.id, (store) => operationsFor(store).saveAnswers(input)),
    // A follow-up typed a moment before the lock is kept the same way as the first visit's answers.
    saveFollowUp: (input) =>
      lock.saveAnswers(input.id, (store) => operationsFor(store).saveFollowUp(input)),
    getLockStatus: () => lock.status(),
    setUpPassphrase: ({ passphrase }) => lock.setUp(passphrase),
    unlock: ({ passphrase }) => lock.unlock(passphrase),
    lock: () => lock.lock(),
    changePassphrase: async ({ current, next }) => {
      await lock.changePassphrase(current, next);
      onPassphraseChanged?.();
      return null;
    },
  };
}
