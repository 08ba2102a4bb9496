import { describe, expect, it } from 'vitest';
import { rawContent } from '../../src/shared/content';
import { MAX_SCREEN_GRADE } from '../../src/shared/content/audit';
import { libraryScreens } from '../../src/shared/content/patient-text';
import { inflesz, median, readingStats, spanishReadingStats, spanishSyllables } from '../../src/shared/content/readability';

/** Duet's plain-language rule: half the screens at grade 6 or below, none above grade 8. */
const MEDIAN_GRADE_TARGET = 6;

describe('readingStats (Flesch–Kincaid grade), on sentences of known difficulty', () => {
  it('scores a short sentence of one-syllable words at grade 1 or below, by the formula', () => {
    const stats = readingStats(['The cat sat on the mat.']);
    expect(stats).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    // 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    // The grade is rounded to one decimal, so it may sit up to 0.05 away.
    expect(Math.abs(stats.grade - -1.45)).toBeLessThan(0.06);
    expect(stats.grade).toBeLessThanOrEqual(1);
  });

  it('scores a long sentence of long words as college level', () => {
    const stats = readingStats([
      'Pharmacological augmentation strategies demonstrate considerable heterogeneity regarding tolerability, ' +
        'discontinuation characteristics, and interindividual variability in therapeutic responsiveness.',
    ]);
    expect(stats.sentences).toBe(1);
    expect(stats.words).toBe(16);
    expect(stats.syllables / stats.words).toBeGreaterThan(3.5);
    expect(stats.grade).toBeGreaterThan(16);
  });

  it('counts each string as a sentence even without a full stop, as list items and headings are', () => {
    expect(readingStats(['Feel much better', 'Side effects']).sentences).toBe(2);
    expect(readingStats(['One. Two! Three?']).sentences).toBe(3);
  });

  it('reads abbreviations letter by letter and ignores empty text', () => {
    expect(readingStats(['CBT']).syllables).toBe(3);
    expect(readingStats(['', '   '])).toEqual({ words: 0, sentences: 0, syllables: 0, grade: 0 });
  });

  it('ranks harder text higher', () => {
    const easy = readingStats(['Talk therapy helps many people. You meet once a week.']).grade;
    const hard = readingStats(['Psychotherapeutic interventions demonstrate efficacy comparable to pharmacotherapy.']).grade;
    expect(hard).toBeGreaterThan(easy + 8);
  });

  it('takes the median of an odd and an even count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});

describe('spanishSyllables, on hand-counted words', () => {
  it.each([
    ['la', 1], ['común', 2], ['depresión', 3], ['tratamiento', 4], ['medicamento', 5],
    // diphthongs: a weak vowel joins its neighbour
    ['ciudad', 2], ['cuidado', 3], ['puede', 2], ['tiene', 2], ['agua', 2], ['guion', 1],
    // hiatus: two strong vowels, or an accented weak one
    ['leer', 2], ['poeta', 3], ['aéreo', 4], ['héroe', 3], ['día', 2], ['país', 2], ['reír', 2], ['maíz', 2],
    // silent u (que, gui), spoken ü, final y as a vowel
    ['quiero', 2], ['guerra', 2], ['psiquiatra', 3], ['pingüino', 3], ['averigüéis', 4], ['hoy', 1], ['muy', 1], ['Paraguay', 3], ['y', 1],
    // abbreviations letter by letter, numbers as one
    ['TCC', 3], ['ISRS', 4], ['988', 1],
  ] as const)('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe('spanishReadingStats (Szigriszt-Pazos perspicuity), on hand-counted sentences', () => {
  it('scores a short plain sentence by the formula', () => {
    // la(1) de-pre-sión(3) es(1) co-mún(2) y(1) tie-ne(2) tra-ta-mien-to(4): 14 syllables, 7 words, 1 sentence.
    const stats = spanishReadingStats(['La depresión es común y tiene tratamiento.']);
    expect(stats).toMatchObject({ words: 7, sentences: 1, syllables: 14 });
    // 206.835 − 62.3 × 14/7 − 7/1 = 75.235
    expect(Math.abs(stats.perspicuity - 75.235)).toBeLessThan(0.06);
    expect(inflesz(stats.perspicuity)).toBe('bastante fácil');
  });

  it('scores two sentences together', () => {
    // U-sted(2) pue-de(2) pe-dir(2) a-yu-da(3). Ha-ble(2) hoy(1) con(1) su(1) mé-di-co(3): 17 syllables, 9 words, 2 sentences.
    const stats = spanishReadingStats(['Usted puede pedir ayuda. Hable hoy con su médico.']);
    expect(stats).toMatchObject({ words: 9, sentences: 2, syllables: 17 });
    // 206.835 − 62.3 × 17/9 − 9/2 = 84.657…
    expect(Math.abs(stats.perspicuity - 84.66)).toBeLessThan(0.06);
    expect(inflesz(stats.perspicuity)).toBe('muy fácil');
  });

  it('scores technical Spanish as hard, and ignores empty text', () => {
    const hard = spanishReadingStats([
      'Las intervenciones psicofarmacológicas concomitantes demuestran heterogeneidad considerable respecto a la tolerabilidad.',
    ]);
    expect(hard.perspicuity).toBeLessThan(40);
    expect(inflesz(hard.perspicuity)).toBe('muy difícil');
    expect(spanishReadingStats(['', ' '])).toEqual({ words: 0, sentences: 0, syllables: 0, perspicuity: 0 });
  });

  it('names the INFLESZ bands at their edges', () => {
    expect([39.9, 40, 55, 65, 80, 80.1].map(inflesz)).toEqual(['muy difícil', 'algo difícil', 'normal', 'bastante fácil', 'bastante fácil', 'muy fácil']);
  });
});

describe('reading grade of all patient-facing English content', () => {
  const rows = libraryScreens(rawContent, 'en').map((screen) => ({ screen: screen.screen, ...readingStats(screen.texts) }));

  it('measures every screen (conditions, About, values)', () => {
    // Two screens at least for each condition, plus About and the values list.
    expect(rows.length).toBeGreaterThanOrEqual(rawContent.conditions.length * 2 + 2);
    for (const row of rows) expect(row.words, row.screen).toBeGreaterThan(0);
  });

  it(`keeps the median at grade ${MEDIAN_GRADE_TARGET} or below and no screen above grade ${MAX_SCREEN_GRADE}`, () => {
    const table = rows.map((row) => `${row.screen.padEnd(34)} grade ${row.grade.toFixed(1).padStart(5)}  ${String(row.words).padStart(5)} words`);
    const grades = rows.map((row) => row.grade);
    const middle = median(grades);
    console.log(`Reading grade by screen (Flesch–Kincaid):\n${table.join('\n')}\nmedian ${middle.toFixed(1)}, max ${Math.max(...grades).toFixed(1)}`);

    const tooHard = rows.filter((row) => row.grade > MAX_SCREEN_GRADE).map((row) => `${row.screen}: grade ${row.grade}`);
    expect(tooHard).toEqual([]);
    expect(middle).toBeLessThanOrEqual(MEDIAN_GRADE_TARGET);
  });
});
