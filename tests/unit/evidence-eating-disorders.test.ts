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

describe('eating-disorder safety content (clinical review C1, C2, M4, M6, M13)', () => {
  const caution = (id: string) => eatingDisorders.cautions.find((candidate) => candidate.id === id);

  it('shows stopping treatment early as a harm, in numbers like the benefits', () => {
    const dropout = eatingDisorders.outcomes.find((outcome) => outcome.id === 'stopped-treatment-early');
    expect(dropout?.kind).toBe('harm');
    expect(dropout?.higherIsBetter).toBe(false);
  });

  it('says weight goes back up slowly under medical care, because of refeeding syndrome', () => {
    const refeeding = caution('refeeding-safety');
    expect(refeeding?.text.en).toMatch(/slowly, with a doctor watching/);
    expect(refeeding?.text.en).toMatch(/refeeding syndrome/);
    expect(refeeding?.text.en).toMatch(/phosphate, potassium and magnesium/);
    expect(refeeding?.text.es).toMatch(/síndrome de realimentación/);
    expect(refeeding?.sourceIds).toEqual(expect.arrayContaining(['nice-ng69', 'rcpsych-cr233-meed']));
  });

  it('rules out bupropion for anyone with bulimia or anorexia, tagged for seizures', () => {
    expect(caution('no-bupropion')?.text.en).toMatch(/must not be used by anyone who has or has had bulimia or anorexia/);
    expect(caution('no-bupropion')?.text.en).toMatch(/seizure/);
    expect(caution('no-bupropion')?.appliesTo).toContain('seizures');
  });

  it('says lisdexamfetamine is not for weight loss', () => {
    expect(caution('lisdexamfetamine-not-for-weight-loss')?.text.en).toMatch(/not a weight-loss medicine/);
    const medication = eatingDisorders.options.find((option) => option.kind === 'medication');
    expect(medication?.modalities.find((modality) => modality.id === 'lisdexamfetamine')?.description.en).toMatch(/not a weight-loss medicine/);
  });

  it('carries the antidepressant boxed warning, the bipolar screen and the pregnancy line for fluoxetine', () => {
    expect(caution('antidepressant-boxed-warning')?.text.en).toMatch(/under 25/);
    expect(caution('antidepressant-bipolar-screen')?.appliesTo).toEqual(['bipolar']);
    expect(caution('medicine-pregnancy')?.appliesTo).toEqual(['pregnancy']);
  });

  it('lists the signs of medical danger in the red flags, and points to the crisis lines instead of a number', () => {
    const redFlag = caution('get-help-today');
    for (const sign of [/dizzy when you stand up/, /very slow or racing heartbeat/, /confusion/, /potassium/, /Losing weight very fast/]) {
      expect(redFlag?.text.en).toMatch(sign);
    }
    expect(redFlag?.text.es).toMatch(/líneas de crisis que aparecen abajo/);
    for (const text of eatingDisorders.cautions.flatMap((c) => [c.text.en, c.text.es])) expect(text).not.toMatch(/988|911/);
  });

  it('names the UK guideline as NICE and says where US guidance adds fluoxetine for bulimia', () => {
    const myth = eatingDisorders.myths.find((candidate) => candidate.id === 'medicine-replaces-therapy');
    expect(myth?.fact.en).toMatch(/UK's NICE guideline/);
    expect(myth?.fact.en).toMatch(/APA names fluoxetine/);
    expect(myth?.sourceIds).toContain('apa-2023-eating-disorders');
  });

  it('offers MANTRA and SSCM for adults with anorexia, and does not stretch the waiting-list finding to anorexia', () => {
    const therapy = eatingDisorders.options.find((option) => option.kind === 'therapy');
    expect(therapy?.modalities.map((modality) => modality.id)).toEqual(expect.arrayContaining(['mantra', 'sscm']));
    expect(eatingDisorders.naturalCourse?.en).toMatch(/people who were not underweight/);
  });
});
