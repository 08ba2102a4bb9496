import { z } from 'zod';

export const LOCALES = ['en', 'es'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** Every patient-facing string exists in every locale. */
export const localizedSchema = z.object({
  en: z.string().trim().min(1),
  es: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}
