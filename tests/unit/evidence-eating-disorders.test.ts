import { describe, expect, it } from 'vitest';
import { perHundredFromRiskRatio } from '../../src/shared/domain/evidence';
import { condition as eatingDisorders, derivations } from '../../src/shared/content/conditions/eating-disorders';
import type { Derivation } from '../../src/shared/content/conditions/eating-disorders';

const resultFor = (outcomeId: string, option: string) =>
  eatingDisorders.outcomes
    .find((outcome) => outcome.id === outcomeId)
    ?.results.find((result) => result.option === option)?.per100;

/** Recomputes one figure the way the derivation says it was made. */
function expectedPer100(derivation: Derivation): number {
  const ratio = derivation.appliedAs === 'reciprocal' ? 1 / derivation.publishedValue : derivation.publishedValue;
  if (derivation.framing === 'direct') return perHundredFromRiskRatio(derivation.baselinePer100, ratio);
  // The ratio is about the opposite outcome: apply it there, then turn the result back.
  return 100 - perHundredFromRiskRatio(100 - derivation.baselinePer100, ratio);
}

describe('eating-disorder figures derived from published ratios', () => {
  it.each(derivations.map((d) => [`${d.outcomeId}/${d.option}`, d] as const))(
    '%s matches its baseline and published ratio',
    (_label, derivation) => {
      expect(resultFor(derivation.outcomeId, derivation.option)).toBe(expectedPer100(derivation));
      expect(resultFor(derivation.outcomeId, derivation.baselineOption)).toBe(Math.round(derivation.baselinePer100));
    },
  );

  it('gives the figures recorded in the evidence trace', () => {
    expect(resultFor('stopped-bingeing-and-purging', 'medication')).toBe(22); // 61 × 1.28 = 78.08 → 78 not; 22 did
    expect(resultFor('stopped-bingeing-and-purging', 'combined')).toBe(50); // 61 ÷ 1.21 = 50.41 → 50 not; 50 did
    expect(resultFor('stopped-treatment-early', 'medication')).toBe(39); // 18 × 2.18 = 39.24 → 39
  });

  it('stays close to the raw rates the reviews reported (a check that the ratio direction is right)', () => {
    // Raw pooled remission: antidepressant 20%, combined 49% (vs 36% therapy in that pool); raw drop-out 40%.
    expect(Math.abs((resultFor('stopped-bingeing-and-purging', 'medication') ?? 0) - 20)).toBeLessThanOrEqual(3);
    expect(Math.abs((resultFor('stopped-bingeing-and-purging', 'combined') ?? 0) - 49)).toBeLessThanOrEqual(3);
    expect(Math.abs((resultFor('stopped-treatment-early', 'medication') ?? 0) - 40)).toBeLessThanOrEqual(3);
  });

  it('uses only ratios and baselines that the outcome shows on screen', () => {
    for (const derivation of derivations) {
      const outcome = eatingDisorders.outcomes.find((candidate) => candidate.id === derivation.outcomeId);
      expect(outcome, derivation.outcomeId).toBeDefined();
      const ratioShown = outcome?.effects.some(
        (effect) => effect.measure === derivation.measure && effect.value === derivation.publishedValue,
      );
      expect(ratioShown, `${derivation.outcomeId}: RR ${derivation.publishedValue}`).toBe(true);
      const baselineShown = outcome?.effects.some(
        (effect) => effect.measure === 'percent' && effect.value === derivation.baselinePer100,
      );
      expect(baselineShown, `${derivation.outcomeId}: baseline ${derivation.baselinePer100}`).toBe(true);
    }
  });

  it('derives every non-baseline figure in every outcome', () => {
    for (const outcome of eatingDisorders.outcomes) {
      const baselines = new Set(derivations.filter((d) => d.outcomeId === outcome.id).map((d) => d.baselineOption));
      for (const result of outcome.results) {
        if (baselines.has(result.option)) continue;
        const derived = derivations.some((d) => d.outcomeId === outcome.id && d.option === result.option);
        expect(derived, `${outcome.id}/${result.option} has no recorded derivation`).toBe(true);
      }
    }
  });
});

describe('eating-disorders content', () => {
  it('does not offer waiting, and says medicine is not a treatment on its own for anorexia', () => {
    expect(eatingDisorders.options.map((option) => option.kind)).not.toContain('waiting');
    const medication = eatingDisorders.options.find((option) => option.kind === 'medication');
    expect(medication?.caveat?.en).toMatch(/anorexia, medicine is not a treatment on its own/);
    expect(eatingDisorders.decision.en).toMatch(/Medicine is not a treatment on its own/);
  });

  it('answers the eating-disorder-specific myths', () => {
    const ids = eatingDisorders.myths.map((myth) => myth.id);
    expect(ids).toEqual(expect.arrayContaining(['a-choice-or-vanity', 'you-can-tell-by-weight', 'medicine-cures-anorexia']));
  });

});
