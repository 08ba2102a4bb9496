import type { Signoff } from './data-schema';
import type { ConditionId } from './schema';

/** Which conditions independent clinicians have approved for the content version in use, and which not yet. */
export interface ReviewStatus {
  /** Approvals (with or without changes) of this content version. */
  approvedNow: Signoff[];
  /** Conditions no reviewer has approved at this content version: Duet must say so. */
  notYetReviewed: ConditionId[];
}

export function reviewStatus(signoffs: readonly Signoff[], contentVersion: string, conditions: readonly ConditionId[]): ReviewStatus {
  const approvedNow = signoffs.filter((signoff) => signoff.contentVersion === contentVersion && signoff.decision !== 'not-approved');
  const approved = new Set(approvedNow.map((signoff) => signoff.condition));
  return { approvedNow, notYetReviewed: conditions.filter((condition) => !approved.has(condition)) };
}
