import { describe, expect, it } from 'vitest';
import { perHundredFromOddsRatio, perHundredFromRiskRatio } from '../../src/shared/domain/evidence';
import { condition as adhd, derivations, directFigures } from '../../src/shared/content/conditions/adhd';

const outcomeById = (id: string) => adhd.outcomes.find((outcome) => outcome.id === id);
const resultFor = (outcomeId: string, option: string) =>
  outcomeById(outcomeId)?.results.find((result) => result.option === option)?.per100;

describe('ADHD figures', () => {
  it.each(directFigures.map((figure) => [`${figure.outcomeId}/${figure.option}`, figure] as const))(
    '%s is the published trial percentage, rounded, and that percentage is shown',
    (_label, figure) => {
      expect(resultFor(figure.outcomeId, figure.option)).toBe(Math.round(figure.publishedPercent));
      const shown = outcomeById(figure.outcomeId)?.effects.some(
        (effect) => effect.measure === 'percent' && effect.value === figure.publishedPercent,
      );
      expect(shown).toBe(true);
    },
  );

  it.each(derivations.map((derivation) => [`${derivation.outcomeId}/${derivation.option}`, derivation] as const))(
    '%s follows from its baseline arm and the published ratio',
    (_label, derivation) => {
      const expected =
        derivation.measure === 'OR'
          ? perHundredFromOddsRatio(derivation.baselinePer100, derivation.publishedValue)
          : perHundredFromRiskRatio(derivation.baselinePer100, derivation.publishedValue);
      expect(resultFor(derivation.outcomeId, derivation.option)).toBe(expected);
      expect(resultFor(derivation.outcomeId, derivation.baselineOption)).toBe(Math.round(derivation.baselinePer100));
      const effects = outcomeById(derivation.outcomeId)?.effects ?? [];
      expect(effects.some((e) => e.measure === derivation.measure && e.value === derivation.publishedValue)).toBe(true);
      expect(effects.some((e) => e.measure === 'percent' && e.value === derivation.baselinePer100)).toBe(true);
    },
  );

  it('accounts for every number shown, by a direct trial figure or a recorded derivation', () => {
    for (const outcome of adhd.outcomes) {
      for (const result of outcome.results) {
        const accounted =
          directFigures.some((f) => f.outcomeId === outcome.id && f.option === result.option) ||
          derivations.some(
            (d) => d.outcomeId === outcome.id && (d.option === result.option || d.baselineOption === result.option),
          );
        expect(accounted, `${outcome.id}/${result.option}`).toBe(true);
      }
    }
  });

  it('agrees with the published Safren 2010 CBT responder rate (53%)', () => {
    expect(perHundredFromOddsRatio(23, 3.8)).toBe(53);
    expect(resultFor('adult-much-better-on-medicine', 'combined')).toBe(53);
  });

  it('keeps the MTA ordering: both together > medicine > behaviour therapy for children', () => {
    const therapy = resultFor('child-symptoms-low', 'therapy') ?? Number.NaN;
    const medication = resultFor('child-symptoms-low', 'medication') ?? Number.NaN;
    const combined = resultFor('child-symptoms-low', 'combined') ?? Number.NaN;
    expect(combined).toBeGreaterThan(medication);
    expect(medication).toBeGreaterThan(therapy);
  });

  it('shows no result for waiting, which no cited trial measured', () => {
    for (const outcome of adhd.outcomes) {
      expect(outcome.results.map((result) => result.option)).not.toContain('waiting');
    }
  });
});

describe('ADHD content and sources', () => {
  it('answers the four core myths and the ADHD-specific ones', () => {
    expect(adhd.myths.map((myth) => myth.id)).toEqual(
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
    expect(new Set(adhd.cautions.map((caution) => caution.kind))).toEqual(
      new Set(['not-needed', 'thin-evidence', 'medication-first', 'medicine-safety', 'red-flag']),
    );
    const redFlag = adhd.cautions.find((caution) => caution.kind === 'red-flag');
    expect(redFlag?.text.en).toMatch(/crisis lines below/);
    expect(redFlag?.text.es).toMatch(/líneas de crisis que aparecen abajo/);
    for (const text of adhd.cautions.flatMap((c) => [c.text.en, c.text.es])) expect(text).not.toMatch(/988|911/);
  });

  it('carries the non-stimulant warnings, appetite and growth, and pregnancy, tagged for the person (clinical review M6, M8)', () => {
    const caution = (id: string) => adhd.cautions.find((candidate) => candidate.id === id);
    expect(caution('non-stimulant-warnings')?.text.en).toMatch(/Atomoxetine and viloxazine carry a US warning/);
    expect(caution('non-stimulant-warnings')?.text.en).toMatch(/must not be stopped suddenly/);
    expect(caution('non-stimulant-warnings')?.appliesTo).toEqual(expect.arrayContaining(['under-18', 'heart']));
    expect(caution('appetite-and-growth')?.text.en).toMatch(/3 to 4 times/);
    expect(caution('appetite-and-growth')?.text.en).toMatch(/a little shorter as adults/);
    expect(caution('appetite-and-growth')?.sourceIds).toEqual(['holmskov-2017-methylphenidate-gi', 'swanson-2017-mta-adult-height']);
    expect(caution('medicine-pregnancy')?.appliesTo).toEqual(['pregnancy']);
  });

  it('says what the success measure averaged, and states the MTA combined-care finding as the trial did (clinical review M8, m6)', () => {
    const outcome = adhd.outcomes.find((candidate) => candidate.id === 'child-symptoms-low');
    expect(outcome?.label.en).toMatch(/ADHD and defiant behaviour/);
    const combined = adhd.options.find((option) => option.kind === 'combined');
    expect(combined?.caveat?.en).toMatch(/both together and good medicine care alone did not clearly differ/);
    const myth = adhd.myths.find((candidate) => candidate.id === 'adding-medicine-means-severe');
    expect(myth?.fact.en).toMatch(/34 out of 100/);
    expect(myth?.fact.en).toMatch(/56 out of 100/);
    expect(myth?.fact.en).toMatch(/68 out of 100/);
  });

  it('names the UK guideline and the US AAP advice for ages 6 to 11 (clinical review M10)', () => {
    const caution = adhd.cautions.find((candidate) => candidate.id === 'medicine-when-problems-are-big');
    expect(caution?.text.en).toMatch(/UK's NICE guideline/);
    expect(caution?.text.en).toMatch(/AAP says children aged 6 to 11/);
    expect(caution?.sourceIds).toEqual(['nice-ng87', 'aap-2019-adhd']);
  });

  it('keeps a parent or carer in the decision for children and teens', () => {
    expect(adhd.decision.en).toMatch(/parent or carer/);
    expect(adhd.decision.es).toMatch(/madre, padre o cuidador/);
  });
});
