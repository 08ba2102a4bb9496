import { COLLABORATE_ITEMS, type CollaborateAnswers } from '../decision-quality';

/**
 * CollaboRATE scoring, 5-point version (Barr PJ, Thompson R, Walsh T, Grande SW, Ozanne EM, Elwyn G. The psychometric
 * properties of CollaboRATE: a fast and frugal patient-reported measure of the shared decision-making process.
 * J Med Internet Res 2014;16(1):e2. doi:10.2196/jmir.3085). Each item 0–4; the sum (0–12) is also reported on the
 * 0–100 scale the authors use, and the "top score" (every item at 4), which they recommend for comparing practices.
 */
export const COLLABORATE_ITEM_MAX = 4;
export const COLLABORATE_SUM_MAX = COLLABORATE_ITEMS.length * COLLABORATE_ITEM_MAX;

export type CollaborateResult =
  | { complete: false; answered: number }
  | { complete: true; sum: number; percent: number; topScore: boolean };

export function scoreCollaborate(answers: CollaborateAnswers | null): CollaborateResult {
  if (!answers) return { complete: false, answered: 0 };
  const values = COLLABORATE_ITEMS.map((item) => answers[item]);
  const given = values.filter((value): value is number => value !== null);
  if (given.length < COLLABORATE_ITEMS.length) return { complete: false, answered: given.length };
  for (const value of given) {
    if (!Number.isInteger(value) || value < 0 || value > COLLABORATE_ITEM_MAX) {
      throw new RangeError(`CollaboRATE answers are whole numbers from 0 to ${COLLABORATE_ITEM_MAX}, got ${String(value)}`);
    }
  }
  const sum = given.reduce((total, value) => total + value, 0);
  return {
    complete: true,
    sum,
    percent: Math.round((sum / COLLABORATE_SUM_MAX) * 1000) / 10,
    topScore: given.every((value) => value === COLLABORATE_ITEM_MAX),
  };
}
