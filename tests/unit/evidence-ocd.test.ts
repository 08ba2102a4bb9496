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
      expect.arrayContaining(['not-needed', 'thin-evidence', 'medication-first', 'red-flag']),
    );
  });
});
