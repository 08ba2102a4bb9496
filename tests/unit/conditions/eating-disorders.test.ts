import { describe, expect, it } from 'vitest';
import { expectCrisisLinesNotNumbers, lookup } from './lookup';

// Every figure is recomputed from its inputs in tests/unit/evidence-figures.test.ts; here, what is particular to
// eating disorders, with the figures the evidence trace (docs/evidence-trace-eating-disorders.md) records.
const { condition: eatingDisorders, outcome, per100, caution, myth, option } = lookup('eating-disorders');

describe('eating-disorder figures', () => {
  it('gives the figures recorded in the evidence trace', () => {
    expect(per100('stopped-bingeing-and-purging', 'medication')).toBe(22); // 100 − 61 × 1.28 = 21.92
    expect(per100('stopped-bingeing-and-purging', 'combined')).toBe(50); // 100 − 61 ÷ 1.21 = 49.59
    expect(per100('stopped-treatment-early', 'medication')).toBe(39); // 18 × 2.18 = 39.24
  });

  it('stays close to the raw rates the reviews reported (a check that the ratio direction is right)', () => {
    // Raw pooled remission: antidepressant 20%, combined 49% (vs 36% therapy in that pool); raw drop-out 40%.
    expect(Math.abs(per100('stopped-bingeing-and-purging', 'medication') - 20)).toBeLessThanOrEqual(3);
    expect(Math.abs(per100('stopped-bingeing-and-purging', 'combined') - 49)).toBeLessThanOrEqual(3);
    expect(Math.abs(per100('stopped-treatment-early', 'medication') - 40)).toBeLessThanOrEqual(3);
  });

  it('shows stopping treatment early as a harm, in numbers like the benefits (clinical review M13)', () => {
    expect(outcome('stopped-treatment-early')?.kind).toBe('harm');
    expect(outcome('stopped-treatment-early')?.higherIsBetter).toBe(false);
  });
});

describe('eating-disorders content', () => {
  it('does not offer waiting, and says medicine is not a treatment on its own for anorexia', () => {
    expect(eatingDisorders.options.map((candidate) => candidate.kind)).not.toContain('waiting');
    expect(option('medication')?.caveat?.en).toMatch(/anorexia, medicine is not a treatment on its own/);
    expect(eatingDisorders.decision.en).toMatch(/Medicine is not a treatment on its own/);
  });

  it('answers the eating-disorder-specific myths', () => {
    expect(eatingDisorders.myths.map((candidate) => candidate.id)).toEqual(
      expect.arrayContaining(['a-choice-or-vanity', 'you-can-tell-by-weight', 'medicine-cures-anorexia']),
    );
  });

  it('names the UK guideline as NICE and says where US guidance adds fluoxetine for bulimia', () => {
    expect(myth('medicine-replaces-therapy')?.fact.en).toMatch(/UK's NICE guideline/);
    expect(myth('medicine-replaces-therapy')?.fact.en).toMatch(/APA names fluoxetine/);
    expect(myth('medicine-replaces-therapy')?.sourceIds).toContain('apa-2023-eating-disorders');
  });

  it('offers MANTRA and SSCM for adults with anorexia, and does not stretch the waiting-list finding to anorexia', () => {
    expect(option('therapy')?.modalities.map((modality) => modality.id)).toEqual(expect.arrayContaining(['mantra', 'sscm']));
    expect(eatingDisorders.naturalCourse?.en).toMatch(/people who were not underweight/);
  });
});

describe('eating-disorder safety content (clinical review C1, C2, M4, M6)', () => {
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
    const lisdexamfetamine = option('medication')?.modalities.find((modality) => modality.id === 'lisdexamfetamine');
    expect(lisdexamfetamine?.description.en).toMatch(/not a weight-loss medicine/);
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
    expectCrisisLinesNotNumbers(eatingDisorders, redFlag?.text);
  });
});
