import { posix, win32 } from 'node:path';
import { z } from 'zod';
import { LOCK_AFTER_MINUTES, RETENTION_DAY_CHOICES } from '../../shared/app-lock';
import { localeSchema } from '../../shared/locale';
import { PAPER_SIZES, settingsSchema } from '../../shared/settings';
import { practiceServerConfigSchema } from '../practice-server/config';

/**
 * The practice's policy file: JSON that IT puts in the machine-wide config place (policy-file.ts) to preset, and
 * optionally lock, Duet's settings on every exam-room computer, and to choose where data lives. Strict: a key Duet
 * does not know (a typo such as "paperSise") refuses the file, with a message naming it, rather than being ignored.
 */

/** Where a machine keeps Duet's data: one folder for every OS user, or one per user (issue 10 §2, review §3). */
export const DATA_MODES = ['shared-machine', 'per-user'] as const;
export type DataMode = (typeof DATA_MODES)[number];

const fullPath = z
  .string()
  .min(1)
  .max(1000)
  .refine((path) => posix.isAbsolute(path) || win32.isAbsolute(path), 'must be a full path, such as C:\\Duet or /var/lib/duet');

/** The `practiceServer` block Duet 0.1 reserved, switched off: no server. */
function isReservedOff(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.enabled === false && !('host' in record);
}

/** A setting's value, and whether people may change it in Duet (locked: shown as "set by your practice"). */
function preset<T extends z.ZodType>(value: T) {
  return z.object({ value, locked: z.boolean().default(false) }).strict();
}

export const policySettingsSchema = z
  .object({
    practiceName: preset(settingsSchema.shape.practiceName),
    /** A PNG or JPEG file on this computer, read at start (same limits as a logo chosen in Settings); null for none. */
    logo: preset(z.object({ file: fullPath }).strict().nullable()),
    defaultLanguage: preset(localeSchema),
    paperSize: preset(z.enum(PAPER_SIZES)),
    crisisLine: preset(settingsSchema.shape.crisisLine.strict()),
    lockAfterMinutes: preset(z.number().int().min(LOCK_AFTER_MINUTES.min).max(LOCK_AFTER_MINUTES.max)),
    retentionDays: preset(
      z
        .number()
        .int()
        .refine((days) => (RETENTION_DAY_CHOICES as readonly number[]).includes(days), `must be one of ${RETENTION_DAY_CHOICES.join(', ')} or null`)
        .nullable(),
    ),
  })
  .partial()
  .strict();
export type PolicySettings = z.infer<typeof policySettingsSchema>;
export type PresetSettingName = keyof PolicySettings;

export const policySchema = z
  .object({
    /** Lets an editor find the JSON schema; ignored by Duet. */
    $schema: z.string().optional(),
    policyVersion: z.literal(1),
    /** Absent: per-user, Duet's behaviour without a policy. */
    dataMode: z.enum(DATA_MODES).default('per-user'),
    /** shared-machine only: a different local folder for the data than the platform's machine-wide place. */
    dataFolder: fullPath.optional(),
    /**
     * per-user only: the OS key store also wraps the data key, for a computer one clinician uses alone. Off by
     * default: on a shared OS account anyone signed in could unwrap it (security review M2).
     */
    useOsKeyStore: z.boolean().default(false),
    /** false: nothing in Settings can be changed in Duet (every setting shows "set by your practice"). */
    settingsEditable: z.boolean().default(true),
    settings: policySettingsSchema.default({}),
    /** Where plans (PDF) and exports are offered, and whether people may save anywhere else. */
    saveLocations: z
      .object({
        pdfFolder: fullPath.optional(),
        exportFolder: fullPath.optional(),
        onlyThere: z.boolean().default(false),
      })
      .strict()
      .optional(),
    /**
     * The practice's PostgreSQL server (docs/practice-server.md): host, port, database, role and the practice CA
     * file. Absent: this computer works on its own, as always. The block earlier versions reserved
     * (`{ "enabled": false }`, with or without a url) still means "no server".
     */
    practiceServer: z.preprocess((value) => (isReservedOff(value) ? undefined : value), practiceServerConfigSchema.optional()),
  })
  .strict()
  .refine((policy) => policy.dataFolder === undefined || policy.dataMode === 'shared-machine', {
    path: ['dataFolder'],
    message: 'is only used with "dataMode": "shared-machine"',
  })
  .refine((policy) => !policy.useOsKeyStore || policy.dataMode === 'per-user', {
    path: ['useOsKeyStore'],
    message: 'is only allowed with "dataMode": "per-user" (on a shared computer it would open the data for everyone)',
  })
  .refine((policy) => !policy.saveLocations?.onlyThere || (policy.saveLocations.pdfFolder && policy.saveLocations.exportFolder), {
    path: ['saveLocations', 'onlyThere'],
    message: 'needs both pdfFolder and exportFolder',
  });
export type Policy = z.output<typeof policySchema>;
