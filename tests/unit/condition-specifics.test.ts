import { describe, expect, it } from 'vitest';
import { getCondition } from '../../src/shared/content';

/**
 * What is particular to each condition's content, beyond the rules every condition meets (condition-content,
 * content, audit-content) and the figure checks (evidence-figures). Moved here from the per-condition evidence
 * tests when the content became data; the figures themselves are no longer typed into any test.
 */
const resultFor = (conditionId: Parameters<typeof getCondition>[0], outcomeId: string, option: string) =>
  getCondition(conditionId)
    .outcomes.find((outcome) => outcome.id === outcomeId)
    ?.results.find((result) => result.option === option)?.per100 ?? Number.NaN;

describe('depression', () => {
  it('offers all four options', () => {
    expect(getCondition('depression').options.map((option) => option.kind).sort()).toEqual(['combined', 'medication', 'therapy', 'waiting']);
  });
});

describe('anxiety', () => {
  const anxiety = getCondition('anxiety');

  it('answers the four core myths and has every caution kind that applies', () => {
    expect(anxiety.myths.map((myth) => myth.id)).toEqual(
      expect.arrayContaining(['medicine-means-weakness', 'adding-medicine-means-serious', 'medicine-replaces-therapy', 'therapy-always-enough']),
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
  });

  it('offers waiting only for milder anxiety, and says the numbers are about panic', () => {
    expect(anxiety.options.find((option) => option.kind === 'waiting')?.caveat?.en).toMatch(/milder/);
    expect(anxiety.outcomes.find((outcome) => outcome.id === 'panic-feel-much-better')?.population.en).toMatch(/panic disorder/);
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

describe('ADHD', () => {
  const adhd = getCondition('adhd');

  it('keeps the MTA ordering: both together > medicine > behaviour therapy for children', () => {
    expect(resultFor('adhd', 'child-symptoms-low', 'combined')).toBeGreaterThan(resultFor('adhd', 'child-symptoms-low', 'medication'));
    expect(resultFor('adhd', 'child-symptoms-low', 'medication')).toBeGreaterThan(resultFor('adhd', 'child-symptoms-low', 'therapy'));
  });

  it('shows no result for waiting, which no cited trial measured', () => {
    for (const outcome of adhd.outcomes) expect(outcome.results.map((result) => result.option)).not.toContain('waiting');
  });

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

  it('keeps a parent or carer in the decision for children and teens', () => {
    expect(adhd.decision.en).toMatch(/parent or carer/);
    expect(adhd.decision.es).toMatch(/madre, padre o cuidador/);
  });
});

describe('OCD', () => {
  const ocd = getCondition('ocd');

  it('keeps the published finding: ERP alone about equal to ERP with medicine, both above medicine alone', () => {
    const outcome = 'ocd-much-better-12-weeks';
    expect(resultFor('ocd', outcome, 'therapy')).toBeGreaterThan(resultFor('ocd', outcome, 'medication'));
    expect(resultFor('ocd', outcome, 'combined')).toBeGreaterThan(resultFor('ocd', outcome, 'medication'));
    expect(ocd.options.find((option) => option.kind === 'combined')?.caveat?.en).toMatch(/about equally well/);
  });

  it('says which medicine the trial used', () => {
    expect(ocd.outcomes.find((outcome) => outcome.id === 'ocd-much-better-12-weeks')?.population.en).toMatch(/clomipramine/);
  });

  it('does not offer waiting, because OCD tends to persist without treatment', () => {
    expect(ocd.options.map((option) => option.kind)).not.toContain('waiting');
  });

  it('answers the four core myths and has every caution kind that applies', () => {
    expect(ocd.myths.map((myth) => myth.id)).toEqual(
      expect.arrayContaining(['medicine-means-weakness', 'adding-medicine-means-serious', 'medicine-replaces-therapy', 'therapy-always-enough']),
    );
    expect(ocd.cautions.map((caution) => caution.kind)).toEqual(
      expect.arrayContaining(['not-needed', 'thin-evidence', 'medicine-safety', 'red-flag']),
    );
    // Clinical review M12: no seed-derived "medicine first" advice for suicidal thoughts.
    expect(ocd.cautions.map((caution) => caution.kind)).not.toContain('medication-first');
  });
});

describe('psychosis', () => {
  const psychosis = getCondition('psychosis');

  it('shows no benefit result for therapy alone, which no cited study measured', () => {
    // Placebo arms are people who stopped medicine, not people given therapy, so they never stand for therapy's benefit.
    for (const outcome of psychosis.outcomes.filter((candidate) => candidate.kind !== 'harm')) {
      expect(outcome.results.map((result) => result.option)).not.toContain('therapy');
    }
  });

  it('names medicine as the backbone and does not offer waiting', () => {
    expect(psychosis.decision.en).toMatch(/backbone/);
    expect(psychosis.options.map((option) => option.kind)).not.toContain('waiting');
    expect(psychosis.options.find((option) => option.kind === 'therapy')?.caveat?.en).toMatch(/work better together with antipsychotic medicine/);
  });

  it('answers the four core myths and the psychosis-specific ones', () => {
    expect(psychosis.myths.map((myth) => myth.id)).toEqual(
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
    const kinds = new Set(psychosis.cautions.map((caution) => caution.kind));
    for (const kind of ['medication-first', 'thin-evidence', 'medicine-safety', 'red-flag'] as const) expect(kinds.has(kind), kind).toBe(true);
    const redFlag = psychosis.cautions.find((caution) => caution.kind === 'red-flag');
    expect(redFlag?.text.en).toMatch(/crisis lines below/);
    expect(redFlag?.text.es).toMatch(/líneas de crisis que aparecen abajo/);
    for (const text of psychosis.cautions.flatMap((c) => [c.text.en, c.text.es])) expect(text).not.toMatch(/988|911/);
  });
});

describe('BPD', () => {
  const bpd = getCondition('bpd');

  it('says plainly that no medicine is approved for BPD itself', () => {
    const medication = bpd.options.find((option) => option.kind === 'medication');
    expect(medication?.caveat?.en).toMatch(/No medicine is approved for BPD itself/);
    expect(medication?.caveat?.es).toMatch(/Ningún medicamento está aprobado para el trastorno límite en sí/);
    expect(bpd.cautions.some((caution) => caution.kind === 'thin-evidence')).toBe(true);
  });

  it('shows results only for the options the review measured', () => {
    for (const outcome of bpd.outcomes) expect(outcome.results.map((result) => result.option).sort()).toEqual(['therapy', 'waiting']);
  });

  it('answers the BPD-specific myths', () => {
    expect(bpd.myths.map((myth) => myth.id)).toEqual(expect.arrayContaining(['bpd-cannot-be-treated', 'bpd-is-attention-seeking']));
  });
});

describe('eating disorders', () => {
  const eatingDisorders = getCondition('eating-disorders');

  it('stays close to the raw rates the reviews reported (a check that the ratio direction is right)', () => {
    // Raw pooled remission: antidepressant 20%, combined 49% (vs 36% therapy in that pool); raw drop-out 40%.
    expect(Math.abs(resultFor('eating-disorders', 'stopped-bingeing-and-purging', 'medication') - 20)).toBeLessThanOrEqual(3);
    expect(Math.abs(resultFor('eating-disorders', 'stopped-bingeing-and-purging', 'combined') - 49)).toBeLessThanOrEqual(3);
    expect(Math.abs(resultFor('eating-disorders', 'stopped-treatment-early', 'medication') - 40)).toBeLessThanOrEqual(3);
  });

  it('does not offer waiting, and says medicine is not a treatment on its own for anorexia', () => {
    expect(eatingDisorders.options.map((option) => option.kind)).not.toContain('waiting');
    expect(eatingDisorders.options.find((option) => option.kind === 'medication')?.caveat?.en).toMatch(/anorexia, medicine is not a treatment on its own/);
    expect(eatingDisorders.decision.en).toMatch(/Medicine is not a treatment on its own/);
  });

  it('answers the eating-disorder-specific myths', () => {
    expect(eatingDisorders.myths.map((myth) => myth.id)).toEqual(expect.arrayContaining(['a-choice-or-vanity', 'you-can-tell-by-weight', 'medicine-cures-anorexia']));
  });
});
