import { describe, expect, it } from 'vitest';
import { condition as bpd, effectSizeDerivations } from '../../src/shared/content/conditions/bpd';

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 erf; error below 1.5e-7, ample for whole %). */
function standardNormalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Cohen's U3 as "out of 100": how many in the treated group score better than the reference group's median. */
function cohenU3Per100(smd: number): number {
  return Math.round(standardNormalCdf(smd) * 100);
}

const resultFor = (outcomeId: string, option: string) =>
  bpd.outcomes.find((outcome) => outcome.id === outcomeId)?.results.find((result) => result.option === option)?.per100;

describe('the normal-distribution helper used to check the BPD figures', () => {
  it('matches known values of the standard normal distribution', () => {
    expect(standardNormalCdf(0)).toBeCloseTo(0.5, 6);
    expect(standardNormalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(standardNormalCdf(-1)).toBeCloseTo(0.1587, 3);
  });
});

describe('BPD figures converted from standardised mean differences', () => {
  it.each(effectSizeDerivations.map((d) => [`${d.outcomeId}/${d.option}`, d] as const))(
    '%s matches Cohen’s U3 of its published SMD',
    (_label, derivation) => {
      expect(resultFor(derivation.outcomeId, derivation.option)).toBe(cohenU3Per100(derivation.smd));
      // The reference group's own median splits it in half, by definition.
      expect(resultFor(derivation.outcomeId, derivation.referenceOption)).toBe(50);
    },
  );

  it('gives the expected whole numbers for the published SMDs', () => {
    expect(cohenU3Per100(0.52)).toBe(70);
    expect(cohenU3Per100(0.32)).toBe(63);
  });

  it('uses only SMDs the outcome shows on screen, with the sign that favours therapy', () => {
    for (const derivation of effectSizeDerivations) {
      const outcome = bpd.outcomes.find((candidate) => candidate.id === derivation.outcomeId);
      expect(outcome, derivation.outcomeId).toBeDefined();
      const shown = outcome?.effects.find((effect) => effect.measure === 'g');
      expect(shown?.value, derivation.outcomeId).toBe(-derivation.smd);
      // The interval must lie wholly on the side that favours therapy, or the per-100 figure would overstate it.
      expect(shown?.ciHigh ?? 0, derivation.outcomeId).toBeLessThan(0);
    }
  });

  it('derives every figure in every outcome, and shows results only for options the review measured', () => {
    for (const outcome of bpd.outcomes) {
      for (const result of outcome.results) {
        const derived = effectSizeDerivations.some(
          (d) => d.outcomeId === outcome.id && (d.option === result.option || d.referenceOption === result.option),
        );
        expect(derived, `${outcome.id}/${result.option} has no recorded derivation`).toBe(true);
      }
      expect(outcome.results.map((result) => result.option).sort()).toEqual(['therapy', 'waiting']);
    }
  });
});

describe('BPD content', () => {
  it('says plainly that no medicine is approved for BPD itself', () => {
    const medication = bpd.options.find((option) => option.kind === 'medication');
    expect(medication?.caveat?.en).toMatch(/No medicine is approved for BPD itself/);
    expect(medication?.caveat?.es).toMatch(/Ningún medicamento está aprobado para el trastorno límite en sí/);
    expect(bpd.cautions.some((caution) => caution.kind === 'thin-evidence')).toBe(true);
  });

  it('answers the BPD-specific myths', () => {
    const ids = bpd.myths.map((myth) => myth.id);
    expect(ids).toEqual(expect.arrayContaining(['bpd-cannot-be-treated', 'bpd-is-attention-seeking']));
  });

  it('has every text in English and Spanish, with the Spanish translated', () => {
    const pairs: { path: string; en: unknown; es: unknown }[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${path}[${index}]`));
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if ('en' in record || 'es' in record) return void pairs.push({ path, en: record.en, es: record.es });
      Object.entries(record).forEach(([key, child]) => walk(child, `${path}.${key}`));
    };
    walk(bpd, 'bpd');
    expect(pairs.length).toBeGreaterThan(60);
    for (const { path, en, es } of pairs) {
      expect(typeof en === 'string' && en.length > 0, path).toBe(true);
      expect(typeof es === 'string' && es.length > 0, path).toBe(true);
      if (!path.endsWith('.abbreviation')) expect(es, path).not.toBe(en);
    }
  });
});
