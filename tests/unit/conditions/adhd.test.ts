import { describe, expect, it } from 'vitest';
import { expectCrisisLinesNotNumbers, lookup } from './lookup';

// Every figure is recomputed from its inputs in tests/unit/evidence-figures.test.ts; here, what is particular to ADHD.
const { condition: adhd, per100, caution, myth, option } = lookup('adhd');

describe('ADHD figures', () => {
  it('agrees with the published Safren 2010 CBT responder rate (53%)', () => {
    expect(per100('adult-much-better-on-medicine', 'combined')).toBe(53);
  });

  it('keeps the MTA ordering: both together > medicine > behaviour therapy for children', () => {
    expect(per100('child-symptoms-low', 'combined')).toBeGreaterThan(per100('child-symptoms-low', 'medication'));
    expect(per100('child-symptoms-low', 'medication')).toBeGreaterThan(per100('child-symptoms-low', 'therapy'));
  });

  it('shows no result for waiting, which no cited trial measured', () => {
    for (const outcome of adhd.outcomes) expect(outcome.results.map((result) => result.option)).not.toContain('waiting');
  });
});

describe('ADHD content and sources', () => {
  it('answers the four core myths and the ADHD-specific ones', () => {
    expect(adhd.myths.map((candidate) => candidate.id)).toEqual(
      expect.arrayContaining([
        'medicine-means-failure',
        'adding-medicine-means-severe',
        'medicine-replaces-skills',
        'skills-always-enough',
        'stimulants-lead-to-addiction',
        'bad-parenting',
        'not-real-in-adults',
      ]),
    );
  });

  it('has a caution of every kind, with red flags pointing to the practice crisis lines', () => {
    expect(new Set(adhd.cautions.map((candidate) => candidate.kind))).toEqual(
      new Set(['not-needed', 'thin-evidence', 'medication-first', 'medicine-safety', 'red-flag']),
    );
    expectCrisisLinesNotNumbers(adhd, adhd.cautions.find((candidate) => candidate.kind === 'red-flag')?.text);
  });

  it('carries the non-stimulant warnings, appetite and growth, and pregnancy, tagged for the person (clinical review M6, M8)', () => {
    expect(caution('non-stimulant-warnings')?.text.en).toMatch(/Atomoxetine and viloxazine carry a US warning/);
    expect(caution('non-stimulant-warnings')?.text.en).toMatch(/must not be stopped suddenly/);
    expect(caution('non-stimulant-warnings')?.appliesTo).toEqual(expect.arrayContaining(['under-18', 'heart']));
    expect(caution('appetite-and-growth')?.text.en).toMatch(/3 to 4 times/);
    expect(caution('appetite-and-growth')?.text.en).toMatch(/a little shorter as adults/);
    expect(caution('appetite-and-growth')?.sourceIds).toEqual(['holmskov-2017-methylphenidate-gi', 'swanson-2017-mta-adult-height']);
    expect(caution('medicine-pregnancy')?.appliesTo).toEqual(['pregnancy']);
  });

  it('says what the success measure averaged, and states the MTA combined-care finding as the trial did (clinical review M8, m6)', () => {
    expect(adhd.outcomes.find((outcome) => outcome.id === 'child-symptoms-low')?.label.en).toMatch(/ADHD and defiant behaviour/);
    expect(option('combined')?.caveat?.en).toMatch(/both together and good medicine care alone did not clearly differ/);
    const fact = myth('adding-medicine-means-severe')?.fact.en;
    expect(fact).toMatch(/34 out of 100/);
    expect(fact).toMatch(/56 out of 100/);
    expect(fact).toMatch(/68 out of 100/);
  });

  it('names the UK guideline and the US AAP advice for ages 6 to 11 (clinical review M10)', () => {
    const advice = caution('medicine-when-problems-are-big');
    expect(advice?.text.en).toMatch(/UK's NICE guideline/);
    expect(advice?.text.en).toMatch(/AAP says children aged 6 to 11/);
    expect(advice?.sourceIds).toEqual(['nice-ng87', 'aap-2019-adhd']);
  });

  it('keeps a parent or carer in the decision for children and teens', () => {
    expect(adhd.decision.en).toMatch(/parent or carer/);
    expect(adhd.decision.es).toMatch(/madre, padre o cuidador/);
  });
});
