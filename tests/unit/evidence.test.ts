import { describe, expect, it } from 'vitest';
import {
  differencePer100,
  iconArrayCells,
  iconArrayCounts,
  perHundredFromOddsRatio,
  perHundredFromRiskRatio,
} from '../../src/shared/domain/evidence';
import { condition as depression, derivations, measuredRates } from '../../src/shared/content/conditions/depression';

describe('perHundredFromRiskRatio', () => {
  it('multiplies the baseline by the risk ratio and rounds to a whole person', () => {
    expect(perHundredFromRiskRatio(40, 1.5)).toBe(60);
    expect(perHundredFromRiskRatio(58, 0.99)).toBe(57);
    expect(perHundredFromRiskRatio(47.2, 0.85)).toBe(40);
  });

  it('keeps the result within 0 to 100', () => {
    expect(perHundredFromRiskRatio(80, 2)).toBe(100);
    expect(perHundredFromRiskRatio(30, 0)).toBe(0);
  });

  it('rejects input that is not a usable number', () => {
    expect(() => perHundredFromRiskRatio(Number.NaN, 1)).toThrow(/baselinePer100/);
    expect(() => perHundredFromRiskRatio(50, Number.POSITIVE_INFINITY)).toThrow(/riskRatio/);
    expect(() => perHundredFromRiskRatio(-1, 1)).toThrow(/negative/);
    expect(() => perHundredFromRiskRatio(50, -0.5)).toThrow(/negative/);
    expect(() => perHundredFromRiskRatio(101, 1)).toThrow(/above 100/);
  });
});

describe('perHundredFromOddsRatio', () => {
  it('works on the odds scale, not by multiplying the risk', () => {
    // Baseline 50 → odds 1; OR 3 → odds 3 → risk 75 (multiplying the risk would give 150).
    expect(perHundredFromOddsRatio(50, 3)).toBe(75);
    expect(perHundredFromOddsRatio(20, 1)).toBe(20);
    expect(perHundredFromOddsRatio(76.2, 1 / 2.61)).toBe(55);
  });

  it('handles the edges of the scale', () => {
    expect(perHundredFromOddsRatio(0, 5)).toBe(0);
    expect(perHundredFromOddsRatio(100, 0.2)).toBe(100);
    expect(perHundredFromOddsRatio(40, 0)).toBe(0);
  });

  it('rejects input that is not a usable number', () => {
    expect(() => perHundredFromOddsRatio(Number.NaN, 2)).toThrow(/baselinePer100/);
    expect(() => perHundredFromOddsRatio(30, Number.NaN)).toThrow(/oddsRatio/);
    expect(() => perHundredFromOddsRatio(30, -2)).toThrow(/negative/);
  });
});

describe('icon array helpers', () => {
  it('splits 100 icons into with and without the outcome', () => {
    expect(iconArrayCounts(73)).toEqual({ withOutcome: 73, without: 27 });
    expect(iconArrayCounts(0)).toEqual({ withOutcome: 0, without: 100 });
  });

  it('marks the first per100 cells in reading order', () => {
    const cells = iconArrayCells(3);
    expect(cells).toHaveLength(100);
    expect(cells.slice(0, 4)).toEqual([true, true, true, false]);
    expect(cells.filter(Boolean)).toHaveLength(3);
  });

  it('gives the difference between two options', () => {
    expect(differencePer100(73, 58)).toBe(15);
    expect(differencePer100(55, 76)).toBe(-21);
  });

  it('rejects counts that cannot be drawn', () => {
    expect(() => iconArrayCounts(12.5)).toThrow(/whole number/);
    expect(() => iconArrayCounts(101)).toThrow(/whole number/);
    expect(() => iconArrayCells(-1)).toThrow(/whole number/);
    expect(() => differencePer100(Number.NaN, 10)).toThrow(/whole number/);
  });
});

describe('depression figures derived from published ratios', () => {
  const resultFor = (outcomeId: string, option: string) => {
    const outcome = depression.outcomes.find((candidate) => candidate.id === outcomeId);
    return outcome?.results.find((result) => result.option === option)?.per100;
  };

  it.each(derivations.map((derivation) => [`${derivation.outcomeId}/${derivation.option}`, derivation] as const))(
    '%s matches its baseline and published ratio',
    (_label, derivation) => {
      const ratio = derivation.appliedAs === 'reciprocal' ? 1 / derivation.publishedValue : derivation.publishedValue;
      const expected =
        derivation.measure === 'RR'
          ? perHundredFromRiskRatio(derivation.baselinePer100, ratio)
          : perHundredFromOddsRatio(derivation.baselinePer100, ratio);
      expect(resultFor(derivation.outcomeId, derivation.option)).toBe(expected);
      // The baseline option's own figure is the rounded trial rate.
      expect(resultFor(derivation.outcomeId, derivation.baselineOption)).toBe(Math.round(derivation.baselinePer100));
    },
  );

  it('uses only ratios that the outcome shows on screen, and a baseline the outcome cites', () => {
    for (const derivation of derivations) {
      const outcome = depression.outcomes.find((candidate) => candidate.id === derivation.outcomeId);
      expect(outcome, derivation.outcomeId).toBeDefined();
      const shown = outcome?.effects.some(
        (effect) => effect.measure === derivation.measure && effect.value === derivation.publishedValue,
      );
      expect(shown, `${derivation.outcomeId}: ${derivation.measure} ${derivation.publishedValue}`).toBe(true);
      const baselineShown = outcome?.effects.some(
        (effect) => effect.measure === 'percent' && effect.value === derivation.baselinePer100,
      );
      expect(baselineShown, `${derivation.outcomeId}: baseline ${derivation.baselinePer100}`).toBe(true);
    }
  });

  it('derives or measures every non-baseline figure in every outcome', () => {
    for (const outcome of depression.outcomes) {
      const baselineOptions = new Set(
        derivations.filter((d) => d.outcomeId === outcome.id).map((d) => d.baselineOption),
      );
      for (const result of outcome.results) {
        if (baselineOptions.has(result.option)) continue;
        const derived = derivations.some((d) => d.outcomeId === outcome.id && d.option === result.option);
        const measured = measuredRates.some((r) => r.outcomeId === outcome.id && r.option === result.option);
        expect(derived || measured, `${outcome.id}/${result.option} has no recorded derivation`).toBe(true);
      }
    }
  });

  it.each(measuredRates.map((rate) => [`${rate.outcomeId}/${rate.option}`, rate] as const))(
    '%s is the pooled rate rounded to a whole person, shown with its source',
    (_label, rate) => {
      expect(resultFor(rate.outcomeId, rate.option)).toBe(Math.round(rate.percent));
      const outcome = depression.outcomes.find((candidate) => candidate.id === rate.outcomeId);
      const shown = outcome?.effects.some(
        (effect) => effect.measure === 'percent' && effect.value === rate.percent && effect.sourceId === rate.sourceId,
      );
      expect(shown).toBe(true);
    },
  );

  it('takes the relapse baselines from pooled trials (Geddes 2003: 18 on medicine, 41 after stopping), not one small arm', () => {
    const baselines = derivations
      .filter((d) => d.outcomeId.startsWith('returns-after'))
      .map((d) => [d.outcomeId, d.baselinePer100] as const);
    expect(new Map(baselines)).toEqual(
      new Map([
        ['returns-after-medicine-helped', 18],
        ['returns-after-treatment-stops', 41],
      ]),
    );
    for (const id of ['returns-after-medicine-helped', 'returns-after-treatment-stops']) {
      expect(depression.outcomes.find((outcome) => outcome.id === id)?.sourceIds).toContain('geddes-2003-relapse');
    }
  });

  it('quantifies a harm in the same detail as the benefits, with the numbers its derivation states', () => {
    const harms = depression.outcomes.filter((outcome) => outcome.kind === 'harm');
    expect(harms.map((outcome) => outcome.id)).toEqual(['symptoms-after-stopping']);
    for (const outcome of harms) {
      for (const result of outcome.results) {
        expect(outcome.derivation.en).toContain(`${result.per100} out of 100`);
        expect(outcome.derivation.es).toContain(`${result.per100} de cada 100`);
      }
    }
    // 31 with the medicine against 17 with a dummy pill: the difference the text quotes.
    expect(differencePer100(31, 17)).toBe(14);
    expect(harms[0]?.derivation.en).toContain('roughly 14 in 100');
  });
});
