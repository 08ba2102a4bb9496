import { describe, expect, it } from 'vitest';
import { perHundredFromRiskRatio } from '../../../src/shared/domain/evidence';
import { expectCrisisLinesNotNumbers, lookup } from './lookup';

// Every figure is recomputed from its inputs in tests/unit/evidence-figures.test.ts; here, what is particular to
// psychosis, with the figures the evidence trace (docs/evidence-trace-psychosis.md) records.
const { condition: psychosis, outcome, per100, caution, myth, option } = lookup('psychosis');
const effectValue = (outcomeId: string, measure: string) =>
  outcome(outcomeId)?.effects.filter((effect) => effect.measure === measure).map((effect) => effect.value) ?? [];

describe('psychosis figures', () => {
  it('gives the figures recorded in the evidence trace (27 × RR 0.55 → 15; 10 × RR 0.78 → 8)', () => {
    expect(per100('psychosis-comes-back', 'medication')).toBe(27);
    expect(per100('psychosis-comes-back', 'combined')).toBe(15);
    expect(per100('back-in-hospital', 'medication')).toBe(10);
    expect(per100('back-in-hospital', 'combined')).toBe(8);
  });

  it('shows Leucht 2012’s ratio, which agrees with its published rates (27% on medicine vs 64% after stopping)', () => {
    const [ratio] = effectValue('psychosis-comes-back', 'RR').filter((value) => value === 0.4);
    expect(ratio).toBe(0.4);
    expect(effectValue('psychosis-comes-back', 'percent')).toContain(27);
    expect(Math.abs(27 / 64 - (ratio ?? Number.NaN))).toBeLessThan(0.05);
  });

  it('shows no benefit result for therapy alone, which no cited study measured', () => {
    // Placebo arms are people who stopped medicine, not people given therapy, so they never stand for therapy's benefit.
    for (const benefit of psychosis.outcomes.filter((candidate) => candidate.kind !== 'harm')) {
      expect(benefit.results.map((result) => result.option)).not.toContain('therapy');
    }
  });

  it('shows weight gain as a harm, in numbers, from the published arm rates (Leucht 2012: 10% vs 6%, RR 2.07)', () => {
    const weight = outcome('weight-gain');
    expect(weight?.kind).toBe('harm');
    expect(weight?.higherIsBetter).toBe(false);
    expect(per100('weight-gain', 'medication')).toBe(10);
    expect(per100('weight-gain', 'combined')).toBe(10);
    expect(per100('weight-gain', 'therapy')).toBe(6);
    expect(effectValue('weight-gain', 'percent')).toEqual(expect.arrayContaining([10, 6]));
    expect(effectValue('weight-gain', 'RR')).toContain(2.07);
    // A pooled ratio need not equal the ratio of pooled rates; 6 × 2.07 = 12 stays close to the 10 reported.
    expect(Math.abs(perHundredFromRiskRatio(6, 2.07) - 10)).toBeLessThanOrEqual(3);
    expect(weight?.definition.en).toMatch(/"Therapy alone" here means no antipsychotic/);
  });
});

describe('psychosis content and sources', () => {
  it('names medicine as the backbone and does not offer waiting', () => {
    expect(psychosis.decision.en).toMatch(/backbone/);
    expect(psychosis.options.map((candidate) => candidate.kind)).not.toContain('waiting');
    expect(option('therapy')?.caveat?.en).toMatch(/work better together with antipsychotic medicine/);
  });

  it('answers the four core myths and the psychosis-specific ones', () => {
    expect(psychosis.myths.map((candidate) => candidate.id)).toEqual(
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
    const kinds = new Set(psychosis.cautions.map((candidate) => candidate.kind));
    for (const kind of ['medication-first', 'thin-evidence', 'medicine-safety', 'red-flag'] as const) expect(kinds.has(kind), kind).toBe(true);
    expectCrisisLinesNotNumbers(psychosis, psychosis.cautions.find((candidate) => candidate.kind === 'red-flag')?.text);
  });

  it('covers clozapine, tardive dyskinesia, prolactin, side-effect differences, metabolic checks and pregnancy (clinical review M3, M6)', () => {
    const text = (id: string) => caution(id)?.text.en ?? '';
    expect(text('clozapine-after-two-medicines')).toMatch(/two different antipsychotics/);
    expect(text('clozapine-after-two-medicines')).toMatch(/blood tests/);
    expect(text('clozapine-after-two-medicines')).toMatch(/myocarditis/);
    expect(text('clozapine-after-two-medicines')).toMatch(/constipation/);
    expect(text('clozapine-after-two-medicines')).toMatch(/approved to lower the risk of suicide attempts in people at high risk/);
    expect(text('tardive-dyskinesia')).toMatch(/tardive dyskinesia/);
    expect(text('side-effects-differ')).toMatch(/prolactin/);
    expect(text('side-effects-differ')).toMatch(/sexual problems/);
    expect(text('metabolic-checks')).toMatch(/every week for the first 6 weeks, then at 12 weeks, at 1 year, and every year after/);
    expect(caution('medicine-pregnancy')?.appliesTo).toEqual(['pregnancy']);
    expect(psychosis.decision.en).not.toMatch(/suits you best/);
  });

  it('says people with psychosis are more often victims of violence (clinical review m7)', () => {
    expect(myth('people-are-violent')?.fact.en).toMatch(/more often victims of violence/);
    expect(myth('people-are-violent')?.sourceIds).toContain('de-vries-2019-victimization');
  });
});
