import type { Locale } from '../locale';
import type { GlossaryTerm } from './glossary-schema';

/** A run of text: plain, or a glossary term to explain at this spot. */
export type GlossarySegment = { kind: 'text'; text: string } | { kind: 'term'; text: string; termId: string };

// Letters, digits and hyphens all belong to a word, so "CBT" is not found inside "CBT-E" and "stimulant" is not
// found inside "non-stimulant".
const WORD_CHARACTER = '[\\p{L}\\p{N}\\-]';

const BRACKETED_AFTER = /^\s*\(([^()]+)\)/;

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseKey(phrase: string): string {
  return phrase.toLocaleLowerCase().replace(/\s+/g, ' ');
}

interface Matcher {
  pattern: RegExp;
  termIdByPhrase: Map<string, string>;
}

const matcherCache = new WeakMap<readonly GlossaryTerm[], Partial<Record<Locale, Matcher>>>();

function matcherFor(glossary: readonly GlossaryTerm[], locale: Locale): Matcher | null {
  const cached = matcherCache.get(glossary)?.[locale];
  if (cached) return cached;
  const termIdByPhrase = new Map<string, string>();
  for (const term of glossary) {
    for (const phrase of term.matches[locale]) termIdByPhrase.set(phraseKey(phrase), term.id);
  }
  if (termIdByPhrase.size === 0) return null;
  // Longest phrases first, so "exposure and response prevention" wins over "exposure".
  const alternatives = [...termIdByPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(' ').map(escapeForRegExp).join('\\s+'));
  const pattern = new RegExp(`(?<!${WORD_CHARACTER})(?:${alternatives.join('|')})(?!${WORD_CHARACTER})`, 'giu');
  const matcher = { pattern, termIdByPhrase };
  matcherCache.set(glossary, { ...matcherCache.get(glossary), [locale]: matcher });
  return matcher;
}

/**
 * Splits text into plain runs and glossary terms. Only a term's first occurrence is marked: terms in
 * `alreadyExplained`, or seen earlier in this text, stay plain. Joining the segments' text gives back the input.
 */
export function segmentGlossaryTerms(
  text: string,
  locale: Locale,
  alreadyExplained: ReadonlySet<string>,
  glossary: readonly GlossaryTerm[],
): GlossarySegment[] {
  const matcher = matcherFor(glossary, locale);
  if (!matcher || text.length === 0) return text ? [{ kind: 'text', text }] : [];
  const explained = new Set(alreadyExplained);
  const segments: GlossarySegment[] = [];
  let plainStart = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const termId = matcher.termIdByPhrase.get(phraseKey(match[0]));
    if (!termId || explained.has(termId)) continue;
    explained.add(termId);
    if (match.index > plainStart) segments.push({ kind: 'text', text: text.slice(plainStart, match.index) });
    const end = match.index + match[0].length;
    // "Cognitive behavioural therapy (CBT)" is one mention: the explanation goes after the abbreviation.
    const bracketed = BRACKETED_AFTER.exec(text.slice(end));
    const length = bracketed && matcher.termIdByPhrase.get(phraseKey(bracketed[1]!)) === termId ? bracketed[0].length : 0;
    segments.push({ kind: 'term', text: text.slice(match.index, end + length), termId });
    plainStart = end + length;
  }
  if (plainStart < text.length) segments.push({ kind: 'text', text: text.slice(plainStart) });
  return segments;
}

/** The term ids a list of segments explains. */
export function explainedTermIds(segments: readonly GlossarySegment[]): string[] {
  return segments.flatMap((segment) => (segment.kind === 'term' ? [segment.termId] : []));
}

/** Glossary terms sorted by their name in one language, for the full list. */
export function glossaryInOrder(glossary: readonly GlossaryTerm[], locale: Locale): GlossaryTerm[] {
  return [...glossary].sort((a, b) => a.term[locale].localeCompare(b.term[locale], locale, { sensitivity: 'base' }));
}
