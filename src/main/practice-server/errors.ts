/**
 * Why the practice server could not be used, in plain words for the person at the computer (and for IT, who is
 * named where only IT can fix it). `problem` lets the status and the tests tell the cases apart.
 */
export type PracticeServerProblem =
  /** Not reachable now (network down, server stopped): Duet keeps working and tries again. */
  | 'unreachable'
  /** The server refused the role or its password. */
  | 'wrong-password'
  /** The server's certificate is not signed by the practice's CA, names another host, or TLS is off. */
  | 'tls'
  /** The database, or Duet's schema in it, is missing or not Duet's. */
  | 'not-set-up'
  /** The server was set up by a newer Duet. */
  | 'server-too-new'
  /** The practice passphrase does not open the practice key. */
  | 'wrong-passphrase'
  /** Anything else the server said. */
  | 'server-error';

export class PracticeServerError extends Error {
  constructor(
    readonly problem: PracticeServerProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PracticeServerError';
  }
}
