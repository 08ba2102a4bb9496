import type { SessionMode } from '../decision-quality';
import { STEP_IDS, type StepId } from '../steps';

/**
 * The steps a patient can go through alone before the clinician joins. The Evidence step is left for the visit:
 * natural frequencies, certainty and sources are easy to misread alone and worth going through together.
 */
export const PREPARE_STEPS: readonly StepId[] = ['condition', 'options', 'myths', 'values'];

export function stepsForMode(mode: SessionMode): readonly StepId[] {
  return mode === 'prepare' ? PREPARE_STEPS : STEP_IDS;
}

export function nextStepIn(steps: readonly StepId[], step: StepId): StepId | null {
  const index = steps.indexOf(step);
  return index >= 0 ? (steps[index + 1] ?? null) : (steps[0] ?? null);
}

export function previousStepIn(steps: readonly StepId[], step: StepId): StepId | null {
  const index = steps.indexOf(step);
  return index > 0 ? (steps[index - 1] ?? null) : null;
}

/** Where the patient starts when preparing: the current step if it is one of theirs, else the first. */
export function prepareStartStep(current: StepId): StepId {
  return PREPARE_STEPS.includes(current) ? current : 'condition';
}
