import {
  DIGITS_ONLY_MIN_LENGTH,
  newPassphraseRuleProblem,
  PASSPHRASE_MAX_LENGTH,
  PASSPHRASE_MIN_LENGTH,
  type NewPassphraseRuleProblem,
} from '../../../shared/app-lock';
import { loadPassphraseStrength } from '../../../shared/passphrase-strength';

/** The numbers the 'lock:problems' and hint texts name. */
export const PASSPHRASE_LIMITS = { min: PASSPHRASE_MIN_LENGTH, max: PASSPHRASE_MAX_LENGTH, digits: DIGITS_ONLY_MIN_LENGTH };

/** Keys under 'lock:problems', by field. */
export interface NewPassphraseProblems {
  next?: 'nextMissing' | NewPassphraseRuleProblem;
  confirm?: 'confirmMissing' | 'confirmDifferent';
}

/**
 * The same rule main enforces (newPassphraseSchema), in words the person can act on. Async: the strength check's
 * word lists load on first use (shared/passphrase-strength.ts).
 */
export async function newPassphraseProblems(next: string, confirm: string, knownWords: readonly string[] = []): Promise<NewPassphraseProblems> {
  await loadPassphraseStrength();
  const problems: NewPassphraseProblems = {};
  if (next.length === 0) problems.next = 'nextMissing';
  else {
    const problem = newPassphraseRuleProblem(next, knownWords);
    if (problem) problems.next = problem;
  }
  if (confirm.length === 0) problems.confirm = 'confirmMissing';
  else if (confirm !== next) problems.confirm = 'confirmDifferent';
  return problems;
}

export function hasNewPassphraseProblems(problems: NewPassphraseProblems): boolean {
  return problems.next !== undefined || problems.confirm !== undefined;
}
