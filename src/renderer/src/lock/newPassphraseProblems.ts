import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '../../../shared/app-lock';

/** Keys under 'lock:problems', by field. */
export interface NewPassphraseProblems {
  next?: 'nextMissing' | 'nextTooShort' | 'nextTooLong';
  confirm?: 'confirmMissing' | 'confirmDifferent';
}

/** The same length rules main enforces (newPassphraseSchema), in words the person can act on. */
export function newPassphraseProblems(next: string, confirm: string): NewPassphraseProblems {
  const problems: NewPassphraseProblems = {};
  if (next.length === 0) problems.next = 'nextMissing';
  else if (next.length < PASSPHRASE_MIN_LENGTH) problems.next = 'nextTooShort';
  else if (next.length > PASSPHRASE_MAX_LENGTH) problems.next = 'nextTooLong';
  if (confirm.length === 0) problems.confirm = 'confirmMissing';
  else if (confirm !== next) problems.confirm = 'confirmDifferent';
  return problems;
}

export function hasNewPassphraseProblems(problems: NewPassphraseProblems): boolean {
  return problems.next !== undefined || problems.confirm !== undefined;
}
