import { z } from 'zod';
import { localeSchema } from './locale';

export const PAPER_SIZES = ['Letter', 'A4'] as const;

export const settingsSchema = z.object({
  practiceName: z.string().trim().max(120),
  /** The crisis line printed on every plan; defaults to the US 988 line. */
  crisisLine: z.object({ en: z.string().trim().min(1).max(300), es: z.string().trim().min(1).max(300) }),
  defaultLanguage: localeSchema,
  paperSize: z.enum(PAPER_SIZES),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  practiceName: '',
  crisisLine: {
    en: 'In a crisis, call or text 988 (Suicide & Crisis Lifeline, 24/7), or call 911 if you are in danger now.',
    es: 'En una crisis, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, 24/7), o llame al 911 si está en peligro ahora.',
  },
  defaultLanguage: 'en',
  paperSize: 'Letter',
};
