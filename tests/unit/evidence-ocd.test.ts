import { describe, expect, it } from 'vitest';
import { condition as ocd, measuredRates } from '../../src/shared/content/conditions/ocd';

const outcomeById = (id: string) => ocd.outcomes.find((outcome) => outcome.id === id);
const resultFor = (outcomeId: string, option: string) =>
  outcomeById(outcomeId)?.results.find((result) => result.option === option)?.per100;

describe('OCD figures', () => {
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

  it('shows no number that is not a measured trial result', () => {
    for (const outcome of ocd.outcomes) {
      for (const result of outcome.results) {
        const measured = measuredRates.some((r) => r.outcomeId === outcome.id && r.option === result.option);
        expect(measured, `${outcome.id}/${result.option}`).toBe(true);
      }
    }
  });

  it('keeps the published finding: ERP alone about equal to ERP with medicine, both above medicine alone', () => {
    const therapy = resultFor('ocd-much-better-12-weeks', 'therapy') ?? Number.NaN;
    const medication = resultFor('ocd-much-better-12-weeks', 'medication') ?? Number.NaN;
    const combined = resultFor('ocd-much-better-12-weeks', 'combined') ?? Number.NaN;
    expect(therapy).toBeGreaterThan(medication);
    expect(combined).toBeGreaterThan(medication);
    expect(ocd.options.find((option) => option.kind === 'combined')?.caveat?.en).toMatch(/about equally well/);
  });

  it('says which medicine the trial used', () => {
    expect(outcomeById('ocd-much-better-12-weeks')?.population.en).toMatch(/clomipramine/);
  });
});

describe('OCD content and sources', () => {
  it('does not offer waiting, because OCD tends to persist without treatment', () => {
    expect(ocd.options.map((option) => option.kind)).not.toContain('waiting');
  });

  it('answers the four core myths and has every caution kind that applies', () => {
    expect(ocd.myths.map((myth) => myth.id)).toEqual(
      expect.arrayContaining([
        'medicine-means-weakness',
        'adding-medicine-means-serious',
        'medicine-replaces-therapy',
        'therapy-always-enough',
      ]),
    );
    expect(ocd.cautions.map((caution) => caution.kind)).toEqual(
      expect.arrayContaining(['not-needed', 'thin-evidence', 'medicine-safety', 'red-flag']),
    );
    // Clinical review M12: no seed-derived "medicine first" advice for suicidal thoughts.
    expect(ocd.cautions.map((caution) => caution.kind)).not.toContain('medication-first');
  });

  it('warns about clomipramine overdose, heart and seizures, and mixing it with an SSRI (clinical review M15)', () => {
    const caution = ocd.cautions.find((candidate) => candidate.id === 'clomipramine-safety');
    expect(caution?.text.en).toMatch(/heart rhythm/);
    expect(caution?.text.en).toMatch(/ECG/);
    expect(caution?.text.en).toMatch(/seizures/);
    expect(caution?.text.en).toMatch(/SSRI.*serotonin syndrome/);
    expect(caution?.appliesTo).toEqual(expect.arrayContaining(['heart', 'seizures', 'other-medicines']));
  });

  it('says stopping the medicine is done slowly (clinical review m13) and quantifies that harm', () => {
    const medication = ocd.options.find((option) => option.kind === 'medication');
    expect(medication?.harms?.some((harm) => /lowered slowly/.test(harm.en))).toBe(true);
    expect(outcomeById('symptoms-after-stopping')?.kind).toBe('harm');
  });
});
