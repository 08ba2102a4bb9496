import { z } from 'zod';
import { localeSchema } from './locale';
import { LOCK_AFTER_MINUTES, RETENTION_DAY_CHOICES } from './app-lock';

export const PAPER_SIZES = ['Letter', 'A4'] as const;

/** Logo limits, checked in the renderer (with plain messages) and again by main through this schema. */
export const LOGO_MAX_BYTES = 500 * 1024;
/** Base64 grows a file by 4/3; the prefix and rounding add a little. */
export const LOGO_MAX_DATA_URL_LENGTH = Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 64;
/** Smaller than this cannot print sharply; larger is a photo, not a logo. */
export const LOGO_MIN_PIXELS = 32;
export const LOGO_MAX_PIXELS = 4000;
export const MAX_CLINICIANS = 50;

export const logoSchema = z.object({
  dataUrl: z
    .string()
    .max(LOGO_MAX_DATA_URL_LENGTH)
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/),
  fileName: z.string().max(255),
});
export type Logo = z.infer<typeof logoSchema>;

export const clinicianSchema = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(120),
});
export type Clinician = z.infer<typeof clinicianSchema>;

/**
 * The practice crisis line shipped by default (US). The Spanish 988 line is reached by pressing 2, and Spanish
 * texting by sending AYUDA (clinical review M9; 988lifeline.org). Poison Control is there for an overdose (m12).
 */
export const DEFAULT_CRISIS_LINE = {
  en: 'In a crisis, call or text 988 (Suicide & Crisis Lifeline, 24/7), or call 911 if you are in danger now. For an overdose, call Poison Control: 1-800-222-1222.',
  es: 'Para hablar en español, llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988. Si está en peligro ahora, llame al 911. Por una sobredosis, llame a Poison Control: 1-800-222-1222.',
} as const;

/**
 * Defaults shipped by earlier versions. A practice that never changed its crisis line still has one of these saved:
 * it reads as today's default, so the fix reaches them. A line the practice wrote itself is never touched.
 */
const EARLIER_DEFAULT_CRISIS_LINES: Record<keyof typeof DEFAULT_CRISIS_LINE, string[]> = {
  en: ['In a crisis, call or text 988 (Suicide & Crisis Lifeline, 24/7), or call 911 if you are in danger now.'],
  es: [
    'En una crisis, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, 24/7), o llame al 911 si está en peligro ahora.',
  ],
};

const crisisLineText = (locale: keyof typeof DEFAULT_CRISIS_LINE) =>
  z
    .string()
    .trim()
    .min(1)
    .max(300)
    .transform((text) => (EARLIER_DEFAULT_CRISIS_LINES[locale].includes(text) ? DEFAULT_CRISIS_LINE[locale] : text));

/**
 * Every field added after the first release has a `.default(...)`: settings saved by an older Duet must still
 * parse, and simply gain the new fields with their defaults.
 */
export const settingsSchema = z.object({
  practiceName: z.string().trim().max(120),
  practiceAddress: z.string().trim().max(300).default(''),
  practicePhone: z.string().trim().max(60).default(''),
  logo: logoSchema.nullable().default(null),
  clinicians: z.array(clinicianSchema).max(MAX_CLINICIANS).default([]),
  /** The crisis line shown in every session and printed on every plan; defaults to the US 988 line. */
  crisisLine: z.object({ en: crisisLineText('en'), es: crisisLineText('es') }),
  defaultLanguage: localeSchema,
  paperSize: z.enum(PAPER_SIZES),
  /** Minutes of no use before Duet locks itself and hides every patient's data. */
  lockAfterMinutes: z
    .number()
    .int()
    .min(LOCK_AFTER_MINUTES.min)
    .max(LOCK_AFTER_MINUTES.max)
    .default(LOCK_AFTER_MINUTES.default),
  /**
   * Sessions whose plan was agreed, and not changed for this many days, are deleted for good at start and once a
   * day. null (the default) keeps them until someone deletes them.
   */
  retentionDays: z
    .number()
    .int()
    .refine((days) => (RETENTION_DAY_CHOICES as readonly number[]).includes(days))
    .nullable()
    .default(null),
  /**
   * Filled in by main on every read, never saved: the settings the practice's policy file sets, which cannot be
   * changed in Duet (Settings shows them as "set by your practice", and main refuses a change).
   */
  policyLocked: z.array(z.string().max(40)).max(20).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  practiceName: '',
  practiceAddress: '',
  practicePhone: '',
  logo: null,
  clinicians: [],
  crisisLine: { ...DEFAULT_CRISIS_LINE },
  defaultLanguage: 'en',
  paperSize: 'Letter',
  lockAfterMinutes: LOCK_AFTER_MINUTES.default,
  retentionDays: null,
};
