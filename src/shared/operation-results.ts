import type { Session } from './session';

/**
 * The values of the contract the page itself uses at run time (error codes, the locked-save answer), kept apart from
 * the operations' schemas so that the first screen's code does not carry every schema (issue 14). contract.ts
 * re-exports everything here.
 */

/** saveAnswers' answer once Duet has locked: the save is on disk, but nothing of the session is handed out. */
export interface AnswersSavedWhileLocked {
  updatedAt: string;
}

/** The saved session from saveAnswers' answer, or null when Duet had locked meanwhile. */
export function sessionFromSave(saved: Session | AnswersSavedWhileLocked): Session | null {
  return 'id' in saved ? saved : null;
}

/** Why the practice server could not be used (main's PracticeServerError), so the page can say it in its language. */
export const PRACTICE_SERVER_PROBLEMS = [
  /** Not reachable now (network down, server stopped): Duet keeps working and tries again. */
  'unreachable',
  /** The server refused the role or its password. */
  'wrong-password',
  /** The server's certificate is not signed by the practice's CA, names another host, or TLS is off. */
  'tls',
  /** The database, or Duet's schema in it, is missing or not Duet's; or no practice server is named, or no OS key store. */
  'not-set-up',
  /** The server was set up by a newer Duet. */
  'server-too-new',
  /** The practice passphrase does not open the practice key. */
  'wrong-passphrase',
  /** Anything else the server said. */
  'server-error',
] as const;
export type PracticeServerProblem = (typeof PRACTICE_SERVER_PROBLEMS)[number];

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'storage-failed',
  'print-failed',
  'internal',
  /** Duet is locked: the passphrase must be typed first. */
  'locked',
  /** The passphrase typed does not open this computer's data (or a wait after several wrong tries is running). */
  'wrong-passphrase',
  /** The practice server could not be used: `problem` says why (issue 13). */
  'practice-server',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface OperationError {
  code: ErrorCode;
  /** Plain words for the person at the keyboard (English; the renderer translates by code). */
  message: string;
  /** 'wrong-passphrase' only: seconds before main checks another passphrase (0 = none). */
  waitSeconds?: number;
  /** 'practice-server' only: why. */
  problem?: PracticeServerProblem;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: OperationError };
