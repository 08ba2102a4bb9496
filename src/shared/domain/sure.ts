import { SURE_ITEMS, type SureAnswers, type SureItem } from '../decision-quality';
import type { StepId } from '../steps';

/**
 * SURE test scoring (Légaré F, Kearing S, Clay K, et al. Are you SURE? Assessing patient decisional conflict with a
 * 4-item screening test. Can Fam Physician 2010;56:e308–e314). Yes = 1, no = 0; 4 of 4 = no decisional conflict,
 * 3 or less = the patient may be in decisional conflict.
 */
export const SURE_MAX_SCORE = 4;

export type SureResult =
  | { complete: false; answered: number }
  | { complete: true; score: number; conflict: boolean; noItems: SureItem[] };

export function scoreSure(answers: SureAnswers | null): SureResult {
  if (!answers) return { complete: false, answered: 0 };
  const answered = SURE_ITEMS.filter((item) => answers[item] !== null);
  if (answered.length < SURE_ITEMS.length) return { complete: false, answered: answered.length };
  const noItems = SURE_ITEMS.filter((item) => answers[item] === false);
  const score = SURE_ITEMS.length - noItems.length;
  return { complete: true, score, conflict: score < SURE_MAX_SCORE, noItems };
}

/** Where in Duet each "no" can be worked on. */
export const SURE_REVISIT: Record<SureItem, readonly StepId[]> = {
  // Not sure yet: weigh the options against what matters, and talk it through.
  sure: ['values'],
  understand: ['options', 'evidence'],
  riskBenefit: ['values'],
  // Support is a conversation, not a screen: no step to revisit.
  encouragement: [],
};
