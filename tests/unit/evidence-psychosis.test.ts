import { describe, expect, it } from 'vitest';
import { perHundredFromOddsRatio, perHundredFromRiskRatio } from '../../src/shared/domain/evidence';
import { condition as psychosis, derivations } from '../../src/shared/content/conditions/psychosis';

const outcomeById = (id: string) => psychosis.outcomes.find((outcome) => outcome.id === id);
const resultFor = (outcomeId: string, option: string) =>
  outcomeById(outcomeId)?.results.find((result) => result.option === option)?.per100;

describe('psychosis figures derived from published ratios', () => {
  it.each(derivations.map((derivation) => [`${derivation.outcomeId}/${derivation.option}`, derivation] as const))(
    '%s follows from its baseline and the published ratio, both shown on screen',
    (_label, derivation) => {
      const expected =
        derivation.measure === 'RR'
          ? perHundredFromRiskRatio(derivation.baselinePer100, derivation.publishedValue)
          : perHundredFromOddsRatio(derivation.baselinePer100, derivation.publishedValue);
      expect(resultFor(derivation.outcomeId, derivation.option)).toBe(expected);
      expect(resultFor(derivation.outcomeId, derivation.baselineOption)).toBe(Math.round(derivation.baselinePer100));
      const effects = outcomeById(derivation.outcomeId)?.effects ?? [];
      expect(effects.some((e) => e.measure === derivation.measure && e.value === derivation.publishedValue)).toBe(true);
      expect(effects.some((e) => e.measure === 'percent' && e.value === derivation.baselinePer100)).toBe(true);
    },
  );

  it('recomputes the published figures by hand as well', () => {
    expect(perHundredFromRiskRatio(27, 0.55)).toBe(15);
    expect(perHundredFromRiskRatio(10, 0.78)).toBe(8);
    // Leucht 2012: 27% on medicine vs 64% after stopping, RR 0.40: the published ratio and rates agree.
    expect(perHundredFromRiskRatio(64, 0.4)).toBe(26);
    expect(Math.abs(27 / 64 - 0.4)).toBeLessThan(0.05);
  });

  it('derives every figure that is not a baseline', () => {
    for (const outcome of psychosis.outcomes) {
      for (const result of outcome.results) {
        const accounted = derivations.some(
          (d) => d.outcomeId === outcome.id && (d.option === result.option || d.baselineOption === result.option),
        );
        expect(accounted, `${outcome.id}/${result.option}`).toBe(true);
      }
    }
  });

  it('shows no result for therapy alone, which no cited study measured', () => {
    for (const outcome of psychosis.outcomes) {
      expect(outcome.results.map((result) => result.option)).not.toContain('therapy');
    }
  });
});

describe('psychosis content and sources', () => {
  it('names medicine as the backbone and does not offer waiting', () => {
    expect(psychosis.decision.en).toMatch(/backbone/);
    expect(psychosis.options.map((option) => option.kind)).not.toContain('waiting');
    expect(psychosis.options.find((option) => option.kind === 'therapy')?.caveat?.en).toMatch(
      /work better together with antipsychotic medicine/,
    );
  });

  it('answers the four core myths and the psychosis-specific ones', () => {
    expect(psychosis.myths.map((myth) => myth.id)).toEqual(
      expect.arrayContaining([
        'medicine-means-weakness',
        'therapy-means-worse',
        'medicine-replaces-therapy',
        'therapy-always-enough',
        'chemical-cosh',
        'people-are-violent',
        'recovery-impossible',
      ]),
    );
  });

  it('has medication-first, thin-evidence and red-flag cautions, with a crisis line', () => {
    const kinds = new Set(psychosis.cautions.map((caution) => caution.kind));
    for (const kind of ['medication-first', 'thin-evidence', 'red-flag'] as const) expect(kinds.has(kind), kind).toBe(true);
    expect(psychosis.cautions.find((caution) => caution.kind === 'red-flag')?.text.en).toMatch(/988/);
  });
});
