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

// ---- Spanish: Szigriszt-Pazos perspicuity, read on the INFLESZ scale ------------------------------------------

/**
 * Szigriszt-Pazos perspicuity of Spanish text (Szigriszt Pazos 1993; scale of Barrio-Cantalejo et al. 2008, INFLESZ):
 *   206.835 − 62.3 × (syllables / words) − (words / sentences)
 * Higher is easier. INFLESZ bands: below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy
 * ("bastante fácil"), above 80 very easy. Sentences are counted as for the English grade.
 */
export interface SpanishReadingStats {
  words: number;
  sentences: number;
  syllables: number;
  perspicuity: number;
}

/** The INFLESZ band a perspicuity score falls in. */
export function inflesz(perspicuity: number): 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil' {
  if (perspicuity < 40) return 'muy difícil';
  if (perspicuity < 55) return 'algo difícil';
  if (perspicuity < 65) return 'normal';
  if (perspicuity <= 80) return 'bastante fácil';
  return 'muy fácil';
}

const SPANISH_WORD = /[A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9][A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9'’-]*/g;
const STRONG_VOWELS = new Set([...'aeoáéíóú']);
const VOWELS = new Set([...'aeiouáéíóúü']);

/**
 * Syllables of one Spanish word, by its vowel nuclei: a, e, o (and any vowel with an accent) are strong; i, u, ü
 * weak. Two strong vowels side by side are two syllables (hiatus: le-er, po-e-ta); a weak vowel next to any vowel
 * joins it (diphthong: ciu-dad, cue-llo), unless it carries the accent (dí-a, re-ír). The u of que/qui/gue/gui is
 * silent; a final y after a vowel is part of it (hoy, muy). Abbreviations are read letter by letter (TCC = te-ce-ce).
 */
export function spanishSyllables(word: string): number {
  if (/^\d/.test(word)) return 1;
  if (/^[A-ZÁÉÍÓÚÑ]{2,6}[a-z]?$/.test(word)) return word.replace(/[a-z]$/, '').length;
  const letters = word
    .toLowerCase()
    .replace(/[’'-]/g, '')
    .replace(/([qg])u(?=[eiéí])/g, '$1')
    .replace(/(?<=[aeiouáéíóú])y$/, 'i');
  if (letters === 'y') return 1;
  let syllables = 0;
  let previous = '';
  for (const letter of letters) {
    if (!VOWELS.has(letter)) {
      previous = '';
      continue;
    }
    const hiatus = previous !== '' && STRONG_VOWELS.has(previous) && STRONG_VOWELS.has(letter);
    if (previous === '' || hiatus) syllables += 1;
    previous = letter;
  }
  return Math.max(1, syllables);
}

export function spanishReadingStats(texts: string[]): SpanishReadingStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const text of texts) {
    const found = text.match(SPANISH_WORD) ?? [];
    if (found.length === 0) continue;
    words += found.length;
    sentences += sentencesOf(text);
    syllables += found.reduce((sum, word) => sum + spanishSyllables(word), 0);
  }
  if (words === 0) return { words: 0, sentences: 0, syllables: 0, perspicuity: 0 };
  const perspicuity = 206.835 - 62.3 * (syllables / words) - words / sentences;
  return { words, sentences, syllables, perspicuity: Math.round(perspicuity * 10) / 10 };
}
