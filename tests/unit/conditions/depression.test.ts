import { describe, expect, it } from 'vitest';
import { lookup } from './lookup';

// Every figure is recomputed from its inputs in tests/unit/evidence-figures.test.ts, and the antidepressant safety
// cautions shared with anxiety and OCD are checked in tests/unit/content.test.ts; here, what is particular to
// depression, with the figures the evidence trace (docs/evidence-trace.md) records.
const { condition: depression, outcome, per100 } = lookup('depression');

describe('depression', () => {
  it('offers all four options', () => {
    expect(depression.options.map((option) => option.kind).sort()).toEqual(['combined', 'medication', 'therapy', 'waiting']);
  });

  it('takes the relapse figures from pooled trials (Geddes 2003: 18 on medicine, 41 after stopping; 21 after CBT), not one small arm', () => {
    expect(per100('returns-after-medicine-helped', 'medication')).toBe(18);
    expect(per100('returns-after-treatment-stops', 'medication')).toBe(41);
    expect(per100('returns-after-treatment-stops', 'therapy')).toBe(21);
    for (const id of ['returns-after-medicine-helped', 'returns-after-treatment-stops']) {
      expect(outcome(id)?.sourceIds).toContain('geddes-2003-relapse');
    }
  });

  it('quantifies a harm in the same detail as the benefits, with the numbers its derivation states', () => {
    const harms = depression.outcomes.filter((candidate) => candidate.kind === 'harm');
    expect(harms.map((harm) => harm.id)).toEqual(['symptoms-after-stopping']);
    for (const { derivation, results } of harms) {
      for (const result of results) {
        expect(derivation.en).toContain(`${result.per100} out of 100`);
        expect(derivation.es).toContain(`${result.per100} de cada 100`);
      }
    }
    // 31 with the medicine against 17 with a dummy pill: the difference the text quotes.
    expect(per100('symptoms-after-stopping', 'medication')).toBe(31);
    expect(harms[0]?.derivation.en).toContain('roughly 14 in 100');
  });
});
