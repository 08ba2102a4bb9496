import { z } from 'zod';
import { localizedSchema } from '../locale';

const phrasesSchema = z.array(z.string().trim().min(1)).min(1);

/**
 * One clinical term with a one-line plain explanation. `matches` lists the words and phrases that stand for the
 * term in running text (abbreviation, full name, plural), found case-insensitively as whole words.
 */
export const glossaryTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens'),
  term: localizedSchema,
  matches: z.object({ en: phrasesSchema, es: phrasesSchema }),
  /** One plain sentence, reading grade 6 or below. */
  definition: localizedSchema,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const ids = new Set<string>();
  const owners = { en: new Map<string, string>(), es: new Map<string, string>() };
  for (const term of terms) {
    if (ids.has(term.id)) ctx.addIssue({ code: 'custom', message: `glossary term ${term.id} appears twice` });
    ids.add(term.id);
    for (const locale of ['en', 'es'] as const) {
      for (const phrase of term.matches[locale]) {
        const key = phrase.toLowerCase();
        const owner = owners[locale].get(key);
        // One phrase must lead to one explanation, or the patient could be shown the wrong one.
        if (owner && owner !== term.id) {
          ctx.addIssue({ code: 'custom', message: `"${phrase}" (${locale}) matches both ${owner} and ${term.id}` });
        }
        owners[locale].set(key, term.id);
      }
    }
  }
});
