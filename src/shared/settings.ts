import { z } from 'zod';
import { localeSchema } from './locale';
import { LOCK_AFTER_MINUTES, RETENTION_DAY_CHOICES } from './app-lock';

export const PAPER_SIZES = ['Letter', 'A4'] as const;

/** Logo limits, checked in the renderer (with plain messages) and again by main through this schema. */
export const LOGO_MAX_BYTES = 500 * 1024;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
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
 * Every field added after the first release has a `.default(...)`: settings saved by an older Duet must still
 * parse, and simply gain the new fields with their defaults.
 */
export const settingsSchema = z.object({
  practiceName: z.string().trim().max(120),
  practiceAddress: z.string().trim().max(300).default(''),
  practicePhone: z.string().trim().max(60).default(''),
  logo: logoSchema.nullable().default(null),
  clinicians: z.array(clinicianSchema).max(MAX_CLINICIANS).default([]),
  /** The crisis line printed on every plan; defaults to the US 988 line. */
  crisisLine: z.object({ en: z.string().trim().min(1).max(300), es: z.string().trim().min(1).max(300) }),
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
  crisisLine: {
    en: 'In a crisis, call or text 988 (Suicide & Crisis Lifeline, 24/7), or call 911 if you are in danger now.',
    es: 'En una crisis, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, 24/7), o llame al 911 si está en peligro ahora.',
  },
  defaultLanguage: 'en',
  paperSize: 'Letter',
  lockAfterMinutes: LOCK_AFTER_MINUTES.default,
  retentionDays: null,
};
