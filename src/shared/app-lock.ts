import { z } from 'zod';
import type { Locale } from './locale';
import { guessesLog10 } from './passphrase-strength';

/**
 * The practice passphrase: it unlocks Duet and the data key is derived from it (see docs/data.md). A copied data
 * folder can be attacked offline at about 0.4 s per guess per core, so a new passphrase must be long and hard to
 * guess: at least 12 characters, not an all-digit code shorter than 14, and at least 10^10 expected guesses by
 * zxcvbn-ts (bundled, offline). Passphrases chosen before this rule keep working for unlocking; only a new or
 * changed one must meet it.
 */
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 200;
/** An all-digit code needs this many digits: 10^14 codes take years at 0.4 s per guess, even on many cores. */
export const DIGITS_ONLY_MIN_LENGTH = 14;
/** zxcvbn's "very unguessable" band (score 4) starts at 10^10 guesses. */
export const MIN_GUESSES_LOG10 = 10;
/** Words an attacker of this app would try first. */
const APP_WORDS = ['duet', 'clinic', 'practice', 'patient', 'passphrase', 'password', 'doctor', 'therapy'];

/** Why a new passphrase is refused, in order of what to fix first; keys under 'lock:problems' in the page. */
export type NewPassphraseRuleProblem = 'nextTooShort' | 'nextTooLong' | 'nextDigitsOnly' | 'nextEasyToGuess';

/** The one rule for a new passphrase, used by main's schema and by the page's forms. */
export function newPassphraseRuleProblem(passphrase: string, knownWords: readonly string[] = []): NewPassphraseRuleProblem | null {
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) return 'nextTooShort';
  if (passphrase.length > PASSPHRASE_MAX_LENGTH) return 'nextTooLong';
  if (/^\d+$/.test(passphrase) && passphrase.length < DIGITS_ONLY_MIN_LENGTH) return 'nextDigitsOnly';
  if (guessesLog10(passphrase, [...APP_WORDS, ...knownWords]) < MIN_GUESSES_LOG10) return 'nextEasyToGuess';
  return null;
}

const RULE_MESSAGES: Record<NewPassphraseRuleProblem, string> = {
  nextTooShort: `The new passphrase must have at least ${PASSPHRASE_MIN_LENGTH} characters.`,
  nextTooLong: `The new passphrase can have at most ${PASSPHRASE_MAX_LENGTH} characters.`,
  nextDigitsOnly: `A passphrase of only numbers must have at least ${DIGITS_ONLY_MIN_LENGTH} digits.`,
  nextEasyToGuess: 'The new passphrase would be easy to guess. Use a few words that do not usually go together.',
};

/** A new passphrase's shape; the rule itself is added to the whole input by requireStrongPassphrase. */
export const newPassphraseSchema = z.string().max(PASSPHRASE_MAX_LENGTH);

/**
 * Adds the new-passphrase rule to an operation's input, for the field `key`. zod runs an object's refinement only
 * once every field is well-formed, so the strength check (milliseconds each) never runs for malformed input.
 */
export function requireStrongPassphrase<Schema extends z.ZodObject>(schema: Schema, key: keyof z.output<Schema> & string): Schema {
  return schema.superRefine((input, context) => {
    const problem = newPassphraseRuleProblem(String((input as Record<string, unknown>)[key]));
    if (problem) context.addIssue({ code: 'custom', path: [key], message: RULE_MESSAGES[problem] });
  });
}
/**
 * What is typed to unlock: checked against the key file, never against the new-passphrase rule, so a passphrase
 * chosen under an older, shorter rule still opens the data.
 */
export const typedPassphraseSchema = z.string().min(1).max(PASSPHRASE_MAX_LENGTH);

/** Minutes without a key press or pointer move before Duet locks itself. */
export const LOCK_AFTER_MINUTES = { min: 1, max: 60, default: 5 } as const;
/** Retention choices offered in settings, in days; null keeps sessions until someone deletes them. */
export const RETENTION_DAY_CHOICES = [90, 180, 365, 730, 2555] as const;

/**
 * needs-set-up: first start on this computer, no data key yet (a passphrase must be chosen).
 * locked: nothing with patient data is shown or handed out until the passphrase is typed.
 * unlocked: normal use.
 */
export type LockState = 'needs-set-up' | 'locked' | 'unlocked';

export interface LockStatus {
  state: LockState;
  /**
   * 'os-key-store': the data key is also protected by the operating system's key store, so Duet opens its data
   * at start and the passphrase only unlocks the screen. 'passphrase-only': no real key store (Linux without a
   * keyring), so nothing can be read until the passphrase is typed.
   */
  keyProtection: 'os-key-store' | 'passphrase-only';
  /** For the lock screen, which shows before any other data is readable. */
  language: Locale;
  practiceName: string;
  lockAfterMinutes: number;
  /** After several wrong passphrases: seconds to wait before the next try is checked (0 = none). */
  waitSeconds: number;
}
