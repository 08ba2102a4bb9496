import { describe, expect, it } from 'vitest';
import { classifyChange, InvalidTotalError, scoreMeasure } from '../../src/shared/domain/measures';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId } from '../../src/shared/measures';
import { randomInt } from './measures-helpers';
import { seededRandom } from '../support/seeded-random';

const RUNS = 250;
const SUM_INSTRUMENTS = ['phq9', 'gad7', 'wsas'] as const;

function topOf(instrument: InstrumentId): number {
  return Math.max(...INSTRUMENTS[instrument].options.map((option) => option.value));
}

function randomAnswers(random: () => number, instrument: InstrumentId): Record<string, number> {
  return Object.fromEntries(INSTRUMENTS[instrument].items.map((item) => [item.id, randomInt(random, 0, topOf(instrument))]));
}

function bandIndex(instrument: InstrumentId, band: string): number {
  return INSTRUMENTS[instrument].scoring.bands.findIndex((candidate) => candidate.key === band);
}

describe('scoring properties (seeded, repeatable)', () => {
  it('any complete valid answers give a total within the range, equal to the sum, in its band', () => {
    const random = seededRandom(11);
    for (let run = 0; run < RUNS; run += 1) {
      for (const instrument of SUM_INSTRUMENTS) {
        const answers = randomAnswers(random, instrument);
        const result = scoreMeasure({ instrument, answers });
        const sum = Object.values(answers).reduce((total, value) => total + value, 0);
        expect(result).toMatchObject({ kind: 'total', total: sum });
        if (result.kind !== 'total') continue;
        const { range, bands } = INSTRUMENTS[instrument].scoring.kind === 'sum' ? INSTRUMENTS[instrument].scoring : { range: null, bands: [] };
        expect(result.total).toBeGreaterThanOrEqual(range?.min ?? NaN);
        expect(result.total).toBeLessThanOrEqual(range?.max ?? NaN);
        const band = bands.find((candidate) => candidate.key === result.band);
        expect(result.total >= (band?.min ?? NaN) && result.total <= (band?.max ?? NaN)).toBe(true);
      }
    }
  });

  it('raising any one item by one point raises the total by one and never lowers the band', () => {
    const random = seededRandom(23);
    for (let run = 0; run < RUNS; run += 1) {
      for (const instrument of SUM_INSTRUMENTS) {
        const answers = randomAnswers(random, instrument);
        const item = INSTRUMENTS[instrument].items[randomInt(random, 0, INSTRUMENTS[instrument].items.length - 1)];
        if (!item || (answers[item.id] ?? 0) === topOf(instrument)) continue;
        const before = scoreMeasure({ instrument, answers });
        const after = scoreMeasure({ instrument, answers: { ...answers, [item.id]: (answers[item.id] ?? 0) + 1 } });
        if (before.kind !== 'total' || after.kind !== 'total') throw new Error('expected totals');
        expect(after.total).toBe(before.total + 1);
        expect(bandIndex(instrument, after.band)).toBeGreaterThanOrEqual(bandIndex(instrument, before.band));
      }
    }
  });

  it('any answers with at least one item blank give no total', () => {
    const random = seededRandom(37);
    for (let run = 0; run < RUNS; run += 1) {
      for (const instrument of INSTRUMENT_IDS) {
        const answers: Record<string, number | null> = randomAnswers(random, instrument);
        for (const item of INSTRUMENTS[instrument].items) if (random() < 0.3) answers[item.id] = null;
        const blankItem = INSTRUMENTS[instrument].items[randomInt(random, 0, INSTRUMENTS[instrument].items.length - 1)];
        if (blankItem) answers[blankItem.id] = null;
        const result = scoreMeasure({ instrument, answers });
        expect(result.kind).toBe('incomplete');
        expect(result).not.toHaveProperty('total');
        expect(result).not.toHaveProperty('ratings');
      }
    }
  });

  it('any answers with one value off the scale give a typed error and no number', () => {
    const random = seededRandom(41);
    const badValues: unknown[] = [-1, 0.5, 2.25, Number.NaN, Number.POSITIVE_INFINITY, -0.0001, '1', true, {}, [], 99, 1e9];
    for (let run = 0; run < RUNS; run += 1) {
      for (const instrument of INSTRUMENT_IDS) {
        const answers: Record<string, unknown> = randomAnswers(random, instrument);
        const item = INSTRUMENTS[instrument].items[randomInt(random, 0, INSTRUMENTS[instrument].items.length - 1)];
        const bad = badValues[randomInt(random, 0, badValues.length - 1)];
        if (!item) continue;
        answers[item.id] = bad === 99 ? topOf(instrument) + randomInt(random, 1, 5) : bad;
        const result = scoreMeasure({ instrument, answers });
        expect(result.kind).toBe('invalid');
        if (result.kind === 'invalid') expect(result.error.itemId).toBe(item.id);
        expect(JSON.stringify(result)).not.toMatch(/"total"|"ratings"/);
      }
    }
  });

  it('change between two valid totals is consistent: sign, response and reliable change agree with the rules', () => {
    const random = seededRandom(53);
    for (let run = 0; run < RUNS; run += 1) {
      for (const instrument of ['phq9', 'gad7'] as const) {
        const max = INSTRUMENTS[instrument].items.length * topOf(instrument);
        const baseline = randomInt(random, 0, max);
        const latest = randomInt(random, 0, max);
        const result = classifyChange(instrument, baseline, latest);
        expect(result.change).toBe(latest - baseline);
        expect(result.direction).toBe(latest < baseline ? 'better' : latest > baseline ? 'worse' : 'same');
        expect(result.response).toBe(baseline > 0 && 2 * (baseline - latest) >= baseline);
        expect(result.remission).toBe(latest < 5);
        if (result.reliableChange === 'improvement') expect(result.direction).toBe('better');
        if (result.reliableChange === 'deterioration') expect(result.direction).toBe('worse');
        expect(result.verdict).not.toBe('notClassified');
      }
    }
  });

  it('any total off the range is refused with a typed error', () => {
    const random = seededRandom(67);
    for (let run = 0; run < RUNS; run += 1) {
      const instrument = SUM_INSTRUMENTS[randomInt(random, 0, SUM_INSTRUMENTS.length - 1)] ?? 'phq9';
      const max = INSTRUMENTS[instrument].items.length * topOf(instrument);
      const bad = [max + randomInt(random, 1, 100), -randomInt(random, 1, 100), randomInt(random, 0, max) + 0.5][randomInt(random, 0, 2)] ?? -1;
      expect(() => classifyChange(instrument, bad, 0)).toThrow(InvalidTotalError);
    }
  });
});
