import { syllable } from 'syllable';

/**
 * Flesch–Kincaid grade level of English text:
 *   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * Each separate string passed in counts as at least one sentence, because list items and headings end
 * without a full stop on screen too.
 */
export interface ReadingStats {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

const SENTENCE_END = /[.!?]+(?=\s|$)|[:;](?=\s)/g;

function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
}

/** Abbreviations are read letter by letter (CBT = see-bee-tee); numbers count as one syllable a digit group. */
function syllablesOf(word: string): number {
  if (/^\d/.test(word)) return 1;
  if (/^[A-Z]{2,6}[a-z]?$/.test(word)) return word.replace(/[a-z]$/, '').length;
  return Math.max(1, syllable(word));
}

function sentencesOf(text: string): number {
  const ends = text.trim().match(SENTENCE_END)?.length ?? 0;
  const endsWithPunctuation = /[.!?:;]\s*$/.test(text.trim());
  return Math.max(1, ends + (endsWithPunctuation ? 0 : 1));
}

export function readingStats(texts: string[]): ReadingStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const text of texts) {
    const found = wordsOf(text);
    if (found.length === 0) continue;
    words += found.length;
    sentences += sentencesOf(text);
    syllables += found.reduce((sum, word) => sum + syllablesOf(word), 0);
  }
  if (words === 0) return { words: 0, sentences: 0, syllables: 0, grade: 0 };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
