import { describe, expect, it } from 'vitest';
import { perHundredFromRiskRatio } from '../../src/shared/domain/evidence';
import {
  condition as anxiety,
  crossCheck,
  derivations,
  measuredRates,
} from '../../src/shared/content/conditions/anxiety';

const outcomeById = (id: string) => anxiety.outcomes.find((outcome) => outcome.id === id);
const resultFor = (outcomeId: string, option: string) =>
  outcomeById(outcomeId)?.results.find((result) => result.option === option)?.per100;

describe('anxiety figures', () => {
  it.each(measuredRates.map((rate) => [`${rate.outcomeId}/${rate.option}`, rate] as const))(
    '%s is the trial arm rate rounded to a whole person, and the rate is shown with its source',
    (_label, rate) => {
      expect(resultFor(rate.outcomeId, rate.option)).toBe(Math.round(rate.percent));
      const shown = outcomeById(rate.outcomeId)?.effects.some(
        (effect) => effect.measure === 'percent' && effect.value === rate.percent && effect.sourceId === rate.sourceId,
      );
      expect(shown).toBe(true);
    },
  );

  it.each(derivations.map((derivation) => [`${derivation.outcomeId}/${derivation.option}`, derivation] as const))(
    '%s matches its measured baseline and the published ratio shown on screen',
    (_label, derivation) => {
      const ratio = derivation.appliedAs === 'reciprocal' ? 1 / derivation.publishedValue : derivation.publishedValue;
      expect(resultFor(derivation.outcomeId, derivation.option)).toBe(
        perHundredFromRiskRatio(derivation.baselinePer100, ratio),
      );
      const baseline = measuredRates.find(
        (rate) => rate.outcomeId === derivation.outcomeId && rate.option === derivation.baselineOption,
      );
      expect(baseline?.percent).toBe(derivation.baselinePer100);
      const shown = outcomeById(derivation.outcomeId)?.effects.some(
        (effect) => effect.measure === derivation.measure && effect.value === derivation.publishedValue,
      );
      expect(shown).toBe(true);
    },
  );

  it('gets the combined panic figure within one person by the second route (therapy × RR 1.16)', () => {
    const viaTherapy = perHundredFromRiskRatio(crossCheck.baselinePer100, crossCheck.publishedValue);
    const shown = resultFor(crossCheck.outcomeId, 'combined') ?? Number.NaN;
    expect(Math.abs(viaTherapy - shown)).toBeLessThanOrEqual(1);
  });

  it('accounts for every number in every outcome, either measured or derived', () => {
    for (const outcome of anxiety.outcomes) {
      for (const result of outcome.results) {
        const measured = measuredRates.some((r) => r.outcomeId === outcome.id && r.option === result.option);
        const derived = derivations.some((d) => d.outcomeId === outcome.id && d.option === result.option);
        expect(measured || derived, `${outcome.id}/${result.option}`).toBe(true);
      }
    }
  });

  it('states in the derivation text the same numbers the results show', () => {
    for (const outcome of anxiety.outcomes) {
      for (const result of outcome.results) {
        expect(outcome.derivation.en, `${outcome.id}/${result.option}`).toContain(`${result.per100} out of 100`);
        expect(outcome.derivation.es, `${outcome.id}/${result.option}`).toContain(`${result.per100} de cada 100`);
      }
    }
  });
});

describe('anxiety content and sources', () => {
  it('answers the four core myths and has every caution kind that applies', () => {
    const ids = anxiety.myths.map((myth) => myth.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'medicine-means-weakness',
        'adding-medicine-means-serious',
        'medicine-replaces-therapy',
        'therapy-always-enough',
      ]),
    );
    const kinds = anxiety.cautions.map((caution) => caution.kind);
    expect(kinds).toEqual(expect.arrayContaining(['not-needed', 'thin-evidence', 'medicine-safety', 'red-flag']));
    // Clinical review M12: no seed-derived "medicine first" advice for suicidal thoughts.
    expect(kinds).not.toContain('medication-first');
  });

  it('does not offer benzodiazepines as a choice to tick, and says why (NICE CG113, FDA boxed warning)', () => {
    const modalityIds = anxiety.options.flatMap((option) => option.modalities.map((modality) => modality.id));
    expect(modalityIds).not.toContain('benzodiazepines');
    const caution = anxiety.cautions.find((candidate) => candidate.id === 'benzodiazepines-not-offered');
    expect(caution?.kind).toBe('medicine-safety');
    expect(caution?.sourceIds).toEqual(expect.arrayContaining(['nice-cg113', 'fda-benzodiazepine-boxed-warning']));
    expect(caution?.text.en).toMatch(/panic/);
    expect(caution?.text.en).toMatch(/opioid/);
    expect(caution?.text.en).toMatch(/alcohol/);
    expect(caution?.text.en).toMatch(/falls/);
    expect(caution?.text.en).toMatch(/driving/);
    expect(caution?.appliesTo).toEqual(expect.arrayContaining(['substance-use', 'older-adult']));
  });

  it('shows a quantified harm: symptoms after stopping the medicine', () => {
    const harm = anxiety.outcomes.find((outcome) => outcome.kind === 'harm');
    expect(harm?.id).toBe('symptoms-after-stopping');
    expect(harm?.sourceIds).toEqual(['henssler-2024-discontinuation']);
  });

  it('offers waiting only for milder anxiety, and says the numbers are about panic', () => {
    expect(anxiety.options.find((option) => option.kind === 'waiting')?.caveat?.en).toMatch(/milder/);
    expect(outcomeById('panic-feel-much-better')?.population.en).toMatch(/panic disorder/);
  });
});
