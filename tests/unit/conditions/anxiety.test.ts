import { describe, expect, it } from 'vitest';
import { lookup } from './lookup';

// Every figure is recomputed from its inputs in tests/unit/evidence-figures.test.ts; here, what is particular to anxiety.
const { condition: anxiety, outcome, caution, option } = lookup('anxiety');

describe('anxiety figures', () => {
  it('states in the derivation text, in both languages, every number the results show (measured ones too)', () => {
    for (const { id, derivation, results } of anxiety.outcomes) {
      for (const result of results) {
        expect(derivation.en, `${id}/${result.option}`).toContain(`${result.per100} out of 100`);
        expect(derivation.es, `${id}/${result.option}`).toContain(`${result.per100} de cada 100`);
      }
    }
  });

  it('shows a quantified harm: symptoms after stopping the medicine', () => {
    const harm = anxiety.outcomes.find((candidate) => candidate.kind === 'harm');
    expect(harm?.id).toBe('symptoms-after-stopping');
    expect(harm?.sourceIds).toEqual(['henssler-2024-discontinuation']);
  });
});

describe('anxiety content and sources', () => {
  it('answers the four core myths and has every caution kind that applies', () => {
    expect(anxiety.myths.map((myth) => myth.id)).toEqual(
      expect.arrayContaining(['medicine-means-weakness', 'adding-medicine-means-serious', 'medicine-replaces-therapy', 'therapy-always-enough']),
    );
    const kinds = anxiety.cautions.map((candidate) => candidate.kind);
    expect(kinds).toEqual(expect.arrayContaining(['not-needed', 'thin-evidence', 'medicine-safety', 'red-flag']));
    // Clinical review M12: no seed-derived "medicine first" advice for suicidal thoughts.
    expect(kinds).not.toContain('medication-first');
  });

  it('does not offer benzodiazepines as a choice to tick, and says why (NICE CG113, FDA boxed warning)', () => {
    const modalityIds = anxiety.options.flatMap((candidate) => candidate.modalities.map((modality) => modality.id));
    expect(modalityIds).not.toContain('benzodiazepines');
    const benzodiazepines = caution('benzodiazepines-not-offered');
    expect(benzodiazepines?.kind).toBe('medicine-safety');
    expect(benzodiazepines?.sourceIds).toEqual(expect.arrayContaining(['nice-cg113', 'fda-benzodiazepine-boxed-warning']));
    for (const risk of [/panic/, /opioid/, /alcohol/, /falls/, /driving/]) expect(benzodiazepines?.text.en).toMatch(risk);
    expect(benzodiazepines?.appliesTo).toEqual(expect.arrayContaining(['substance-use', 'older-adult']));
  });

  it('offers waiting only for milder anxiety, and says the numbers are about panic', () => {
    expect(option('waiting')?.caveat?.en).toMatch(/milder/);
    expect(outcome('panic-feel-much-better')?.population.en).toMatch(/panic disorder/);
  });
});
