import { z } from 'zod';
import type { Locale } from './locale';

/**
 * The practice passphrase: it unlocks Duet after the idle lock and, on computers without a real key store, it
 * is what the data key is derived from. Eight characters at least: eight digits are allowed, a short phrase
 * is better (see docs/data.md).
 */
export const PASSPHRASE_MIN_LENGTH = 8;
export const PASSPHRASE_MAX_LENGTH = 200;

export const newPassphraseSchema = z.string().min(PASSPHRASE_MIN_LENGTH).max(PASSPHRASE_MAX_LENGTH);
/** What is typed to unlock: checked against the key file, never against a length rule that could leak hints. */
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
