import { describe, expect, it } from 'vitest';
import { lookup } from './lookup';

// Every figure is recomputed from its inputs in tests/unit/evidence-figures.test.ts; here, what is particular to OCD.
const { condition: ocd, outcome, per100, caution, option } = lookup('ocd');

describe('OCD figures', () => {
  it('keeps the published finding: ERP alone about equal to ERP with medicine, both above medicine alone', () => {
    const much = 'ocd-much-better-12-weeks';
    expect(per100(much, 'therapy')).toBeGreaterThan(per100(much, 'medication'));
    expect(per100(much, 'combined')).toBeGreaterThan(per100(much, 'medication'));
    expect(option('combined')?.caveat?.en).toMatch(/about equally well/);
  });

  it('says which medicine the trial used', () => {
    expect(outcome('ocd-much-better-12-weeks')?.population.en).toMatch(/clomipramine/);
  });
});

describe('OCD content and sources', () => {
  it('does not offer waiting, because OCD tends to persist without treatment', () => {
    expect(ocd.options.map((candidate) => candidate.kind)).not.toContain('waiting');
  });

  it('answers the four core myths and has every caution kind that applies', () => {
    expect(ocd.myths.map((myth) => myth.id)).toEqual(
      expect.arrayContaining(['medicine-means-weakness', 'adding-medicine-means-serious', 'medicine-replaces-therapy', 'therapy-always-enough']),
    );
    const kinds = ocd.cautions.map((candidate) => candidate.kind);
    expect(kinds).toEqual(expect.arrayContaining(['not-needed', 'thin-evidence', 'medicine-safety', 'red-flag']));
    // Clinical review M12: no seed-derived "medicine first" advice for suicidal thoughts.
    expect(kinds).not.toContain('medication-first');
  });

  it('warns about clomipramine overdose, heart and seizures, and mixing it with an SSRI (clinical review M15)', () => {
    const clomipramine = caution('clomipramine-safety');
    for (const risk of [/heart rhythm/, /ECG/, /seizures/, /SSRI.*serotonin syndrome/]) expect(clomipramine?.text.en).toMatch(risk);
    expect(clomipramine?.appliesTo).toEqual(expect.arrayContaining(['heart', 'seizures', 'other-medicines']));
  });

  it('says stopping the medicine is done slowly (clinical review m13) and quantifies that harm', () => {
    expect(option('medication')?.harms?.some((harm) => /lowered slowly/.test(harm.en))).toBe(true);
    expect(outcome('symptoms-after-stopping')?.kind).toBe('harm');
  });
});
