import type { PracticeServerProblem } from '../../shared/contract';

/** The problems are listed (and explained) in shared/contract.ts, so the page can say each in its language. */
export type { PracticeServerProblem };

/**
 * Why the practice server could not be used, in plain words for the person at the computer (and for IT, who is
 * named where only IT can fix it). `problem` lets the status and the tests tell the cases apart.
 */
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
