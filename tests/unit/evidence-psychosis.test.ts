import { describe, expect, it } from 'vitest';
import { perHundredFromOddsRatio, perHundredFromRiskRatio } from '../../src/shared/domain/evidence';
import { condition as psychosis, derivations, directFigures } from '../../src/shared/content/conditions/psychosis';

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

  it('derives or records every figure', () => {
    for (const outcome of psychosis.outcomes) {
      for (const result of outcome.results) {
        const accounted =
          derivations.some((d) => d.outcomeId === outcome.id && (d.option === result.option || d.baselineOption === result.option)) ||
          directFigures.some((d) => d.outcomeId === outcome.id && d.option === result.option && Math.round(d.publishedPercent) === result.per100);
        expect(accounted, `${outcome.id}/${result.option}`).toBe(true);
      }
    }
  });

  it('shows no benefit result for therapy alone, which no cited study measured', () => {
    // Placebo arms are people who stopped medicine, not people given therapy, so they never stand for therapy's benefit.
    for (const outcome of psychosis.outcomes.filter((candidate) => candidate.kind !== 'harm')) {
      expect(outcome.results.map((result) => result.option)).not.toContain('therapy');
    }
  });

  it('shows weight gain as a harm, in numbers, from the published arm rates (Leucht 2012: 10% vs 6%, RR 2.07)', () => {
    const weight = outcomeById('weight-gain');
    expect(weight?.kind).toBe('harm');
    expect(weight?.higherIsBetter).toBe(false);
    expect(resultFor('weight-gain', 'medication')).toBe(10);
    expect(resultFor('weight-gain', 'combined')).toBe(10);
    expect(resultFor('weight-gain', 'therapy')).toBe(6);
    for (const figure of directFigures) {
      expect(weight?.effects.some((e) => e.measure === 'percent' && e.value === figure.publishedPercent)).toBe(true);
    }
    expect(weight?.effects.some((e) => e.measure === 'RR' && e.value === 2.07)).toBe(true);
    // A pooled ratio need not equal the ratio of pooled rates; 6 × 2.07 = 12 stays close to the 10 reported.
    expect(Math.abs(perHundredFromRiskRatio(6, 2.07) - 10)).toBeLessThanOrEqual(3);
    expect(weight?.definition.en).toMatch(/"Therapy alone" here means no antipsychotic/);
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

  it('has medication-first, thin-evidence, medicine-safety and red-flag cautions, pointing to the practice crisis lines', () => {
    const kinds = new Set(psychosis.cautions.map((caution) => caution.kind));
    for (const kind of ['medication-first', 'thin-evidence', 'medicine-safety', 'red-flag'] as const) expect(kinds.has(kind), kind).toBe(true);
    const redFlag = psychosis.cautions.find((caution) => caution.kind === 'red-flag');
    expect(redFlag?.text.en).toMatch(/crisis lines below/);
    expect(redFlag?.text.es).toMatch(/líneas de crisis que aparecen abajo/);
    for (const text of psychosis.cautions.flatMap((c) => [c.text.en, c.text.es])) expect(text).not.toMatch(/988|911/);
  });

  it('covers clozapine, tardive dyskinesia, prolactin, side-effect differences, metabolic checks and pregnancy (clinical review M3, M6)', () => {
    const text = (id: string) => psychosis.cautions.find((caution) => caution.id === id)?.text.en ?? '';
    expect(text('clozapine-after-two-medicines')).toMatch(/two different antipsychotics/);
    expect(text('clozapine-after-two-medicines')).toMatch(/blood tests/);
    expect(text('clozapine-after-two-medicines')).toMatch(/myocarditis/);
    expect(text('clozapine-after-two-medicines')).toMatch(/constipation/);
    expect(text('clozapine-after-two-medicines')).toMatch(/approved to lower the risk of suicide attempts in people at high risk/);
    expect(text('tardive-dyskinesia')).toMatch(/tardive dyskinesia/);
    expect(text('side-effects-differ')).toMatch(/prolactin/);
    expect(text('side-effects-differ')).toMatch(/sexual problems/);
    expect(text('metabolic-checks')).toMatch(/every week for the first 6 weeks, then at 12 weeks, at 1 year, and every year after/);
    expect(psychosis.cautions.find((caution) => caution.id === 'medicine-pregnancy')?.appliesTo).toEqual(['pregnancy']);
    expect(psychosis.decision.en).not.toMatch(/suits you best/);
  });

  it('says people with psychosis are more often victims of violence (clinical review m7)', () => {
    const myth = psychosis.myths.find((candidate) => candidate.id === 'people-are-violent');
    expect(myth?.fact.en).toMatch(/more often victims of violence/);
    expect(myth?.sourceIds).toContain('de-vries-2019-victimization');
  });
});
