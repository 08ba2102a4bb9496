/** The fixed order of a shared-decision session. */
export const STEP_IDS = ['condition', 'options', 'evidence', 'myths', 'values', 'plan'] as const;
export type StepId = (typeof STEP_IDS)[number];

export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step);
}

/** A step can be opened directly once the session has reached it (free jumping backwards). */
export function canJumpTo(target: StepId, furthest: StepId): boolean {
  return stepIndex(target) <= stepIndex(furthest);
}

export function furthestOf(a: StepId, b: StepId): StepId {
  return stepIndex(a) >= stepIndex(b) ? a : b;
}
