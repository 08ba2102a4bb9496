import { describe, expect, it } from 'vitest';
import { content } from '../../src/shared/content';
import { glossary } from '../../src/shared/content/glossary';
import { explainedTermIds, glossaryInOrder, segmentGlossaryTerms, type GlossarySegment } from '../../src/shared/content/glossary-match';
import { glossarySchema, glossaryTermSchema } from '../../src/shared/content/glossary-schema';
import { conditionScreens } from '../../src/shared/content/patient-text';
import { readingStats } from '../../src/shared/content/readability';
import { LOCALES, type Locale } from '../../src/shared/locale';

const CONDITIONS = content.conditions;
const bpd = CONDITIONS.find((condition) => condition.id === 'bpd')!;
const none = new Set<string>();

const marked = (segments: GlossarySegment[]) =>
  segments.flatMap((segment) => (segment.kind === 'term' ? [`${segment.termId}:${segment.text}`] : []));
const joined = (segments: GlossarySegment[]) => segments.map((segment) => segment.text).join('');

describe('glossary data', () => {
  it('passes its schema, every entry on its own and the list as a whole', () => {
    for (const term of glossary) expect(glossaryTermSchema.safeParse(term).success, term.id).toBe(true);
    const result = glossarySchema.safeParse(glossary);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([]);
    // The app uses the list as written (no parse at start): the schema must not need to change anything (trim).
    expect(result.data).toEqual(glossary);
  });

  it('rejects a phrase that would lead to two different explanations', () => {
    const [first, second] = glossary as [(typeof glossary)[0], (typeof glossary)[0]];
    const clash = [first, { ...second, matches: { ...second.matches, en: [first.matches.en[0]!] } }];
    expect(glossarySchema.safeParse(clash).success).toBe(false);
  });

  it('explains each term in one plain line (reading grade 6 or below overall, no entry above 8)', () => {
    const definitions = glossary.map((term) => term.definition.en);
    expect(readingStats(definitions).grade).toBeLessThanOrEqual(6);
    for (const term of glossary) {
      expect(readingStats([term.definition.en]).grade, term.id).toBeLessThanOrEqual(8);
      expect(term.definition.en.split(/\s+/).length, term.id).toBeLessThanOrEqual(20);
    }
  });

  it('lists terms alphabetically in each language', () => {
    expect(glossaryInOrder(glossary, 'en').map((term) => term.term.en).slice(0, 2)).toEqual(['Antidepressant', 'Antipsychotic']);
    const spanish = glossaryInOrder(glossary, 'es').map((term) => term.term.es);
    expect(spanish).toEqual([...spanish].sort((a, b) => a.localeCompare(b, 'es', { sensitivity: 'base' })));
  });
});

describe('segmentGlossaryTerms', () => {
  it('marks a term by abbreviation or full name, case-insensitively, and keeps the text intact', () => {
    const text = 'Cognitive behavioural therapy helps. So does an SSRI.';
    const segments = segmentGlossaryTerms(text, 'en', none, glossary);
    expect(marked(segments)).toEqual(['cbt:Cognitive behavioural therapy', 'ssri:SSRI']);
    expect(joined(segments)).toBe(text);
  });

  it('marks only the first occurrence of a term, across plural and abbreviated forms', () => {
    const segments = segmentGlossaryTerms('CBT works. Many people like CBT. Cognitive behavioural therapy is CBT.', 'en', none, glossary);
    expect(marked(segments)).toEqual(['cbt:CBT']);
    expect(marked(segmentGlossaryTerms('Antidepressants help; an antidepressant is a pill.', 'en', none, glossary))).toEqual([
      'antidepressant:Antidepressants',
    ]);
  });

  it('leaves terms already explained on the screen unmarked', () => {
    const first = segmentGlossaryTerms('Try CBT or an SSRI.', 'en', none, glossary);
    const second = segmentGlossaryTerms('CBT and SSRI side effects.', 'en', new Set(explainedTermIds(first)), glossary);
    expect(marked(second)).toEqual(['side-effect:side effects']);
  });

  it('works in Spanish, with Spanish abbreviations and accents', () => {
    const text = 'La TCC y los antidepresivos ISRS. La terapia cognitivo-conductual otra vez, y una recaída.';
    const segments = segmentGlossaryTerms(text, 'es', none, glossary);
    expect(marked(segments)).toEqual(['cbt:TCC', 'antidepressant:antidepresivos', 'ssri:ISRS', 'relapse:recaída']);
    expect(joined(segments)).toBe(text);
  });

  it('uses each language’s own words only', () => {
    expect(marked(segmentGlossaryTerms('La TCC ayuda.', 'en', none, glossary))).toEqual([]);
    expect(marked(segmentGlossaryTerms('CBT helps with relapse.', 'es', none, glossary))).toEqual([]);
  });

  it('never matches inside a longer word or hyphenated name', () => {
    expect(marked(segmentGlossaryTerms('Retrial, stimulants-free, replacebo and xCBT.', 'en', none, glossary))).toEqual([]);
    expect(marked(segmentGlossaryTerms('CBT-E is not plain CBT.', 'en', none, glossary))).toEqual(['cbt-e:CBT-E', 'cbt:CBT']);
    expect(marked(segmentGlossaryTerms('A non-stimulant, or a stimulant.', 'en', none, glossary))).toEqual([
      'non-stimulant:non-stimulant',
      'stimulant:stimulant',
    ]);
  });

  it('prefers the longest phrase where two overlap', () => {
    expect(marked(segmentGlossaryTerms('Exposure and response prevention (ERP).', 'en', none, glossary))).toEqual([
      'erp:Exposure and response prevention (ERP)',
    ]);
    expect(marked(segmentGlossaryTerms('Tome un no estimulante.', 'es', none, glossary))).toEqual(['non-stimulant:no estimulante']);
  });

  it('treats a name followed by its abbreviation in brackets as one mention', () => {
    const segments = segmentGlossaryTerms('Terapia cognitivo-conductual (TCC) y luego la TCC.', 'es', none, glossary);
    expect(marked(segments)).toEqual(['cbt:Terapia cognitivo-conductual (TCC)']);
    expect(marked(segmentGlossaryTerms('CBT (with an SSRI).', 'en', none, glossary))).toEqual(['cbt:CBT', 'ssri:SSRI']);
  });

  it('returns plain text when there is nothing to explain', () => {
    expect(segmentGlossaryTerms('Sleep and daily walks.', 'en', none, glossary)).toEqual([{ kind: 'text', text: 'Sleep and daily walks.' }]);
    expect(segmentGlossaryTerms('', 'en', none, glossary)).toEqual([]);
  });
});

/**
 * Terms found in text by a plain whole-word search, independent of the segmenting code. Longer phrases are
 * searched first and blanked out, so "exposure" inside "exposure and response prevention" counts as ERP only.
 */
function termsMentioned(texts: string[], locale: Locale): Set<string> {
  const found = new Set<string>();
  let lowered = texts.join('\n').toLocaleLowerCase();
  const phrases = glossary
    .flatMap((term) => term.matches[locale].map((phrase) => ({ id: term.id, key: phrase.toLocaleLowerCase() })))
    .sort((a, b) => b.key.length - a.key.length);
  for (const { id, key } of phrases) {
    let at = lowered.indexOf(key);
    while (at !== -1) {
      const before = lowered[at - 1] ?? ' ';
      const after = lowered[at + key.length] ?? ' ';
      if (!/[\p{L}\p{N}-]/u.test(before) && !/[\p{L}\p{N}-]/u.test(after)) {
        found.add(id);
        lowered = lowered.slice(0, at) + '#'.repeat(key.length) + lowered.slice(at + key.length);
      }
      at = lowered.indexOf(key, at + 1);
    }
  }
  return found;
}

describe.each(LOCALES)('glossary over the condition content (%s)', (locale) => {
  it('explains every glossary term that a screen mentions, once per screen', () => {
    for (const condition of CONDITIONS) {
      for (const screen of conditionScreens(condition, locale)) {
        const explained = new Set<string>();
        const perScreen: string[] = [];
        for (const text of screen.texts) {
          const ids = explainedTermIds(segmentGlossaryTerms(text, locale, explained, glossary));
          ids.forEach((id) => explained.add(id));
          perScreen.push(...ids);
        }
        expect(new Set(perScreen).size, `${screen.screen}: a term explained twice`).toBe(perScreen.length);
        expect([...explained].sort(), screen.screen).toEqual([...termsMentioned(screen.texts, locale)].sort());
      }
    }
  });

  it('is used: most glossary terms appear somewhere in the content', () => {
    const mentioned = termsMentioned(
      CONDITIONS.flatMap((condition) => conditionScreens(condition, locale).flatMap((screen) => screen.texts)),
      locale,
    );
    // Depression's core terms must be there; the rest of the list covers terms the other conditions use.
    for (const id of ['antidepressant', 'ssri', 'snri', 'cbt', 'relapse', 'side-effect', 'withdrawal-symptoms']) {
      expect(mentioned.has(id), id).toBe(true);
    }
    expect(mentioned.size).toBeGreaterThanOrEqual(Math.ceil(glossary.length / 2));
  });
});

describe('glossary wording after the clinical review (m3, m10, Spanish §3)', () => {
  const term = (id: string) => glossary.find((candidate) => candidate.id === id)!;

  it('defines "response" so it is true for panic, OCD and ADHD, where response is a rater’s judgement, not only halving', () => {
    expect(term('response').definition.en).not.toMatch(/at least half/);
    expect(term('response').definition.en).toMatch(/rater judged them much better/);
    expect(term('response').definition.es).toMatch(/evaluador/);
  });

  it('uses "mood stabiliser" in the content, with the valproate warning', () => {
    expect(term('mood-stabiliser').definition.en).toMatch(/Valproate/);
    const texts = (locale: Locale) => conditionScreens(bpd, locale).flatMap((screen) => screen.texts);
    expect(termsMentioned(texts('en'), 'en').has('mood-stabiliser')).toBe(true);
    expect(termsMentioned(texts('es'), 'es').has('mood-stabiliser')).toBe(true);
  });

  it('uses plain Latin-American Spanish headwords', () => {
    expect(term('delusion').term.es).toBe('Idea delirante');
    expect(term('delusion').matches.es).toContain('delirio');
    expect(term('withdrawal-symptoms').term.es).toBe('Síntomas al dejar o bajar el medicamento');
    expect(term('placebo').matches.es).toContain('pastilla sin efecto');
    for (const entry of glossary) expect(entry.definition.es, entry.id).not.toMatch(/trastornos? de la alimentación/);
  });
});
