import { describe, expect, it } from 'vitest';
import { conditionSchema, type Condition } from '../../src/shared/content/schema';
import { getCondition } from '../../src/shared/content';

const anxiety = getCondition('anxiety');
const psychosis = getCondition('psychosis');
const bpd = getCondition('bpd');
const eatingDisorders = getCondition('eating-disorders');

const outlineConditions: Condition[] = [];

interface LocalizedFound {
  path: string;
  en: unknown;
  es: unknown;
}

/** Every { en, es } pair anywhere in the content, with where it sits, so a failure names the field. */
function localizedStrings(value: unknown, path: string): LocalizedFound[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedStrings(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('en' in record || 'es' in record) return [{ path, en: record.en, es: record.es }];
  return Object.entries(record).flatMap(([key, child]) => localizedStrings(child, `${path}.${key}`));
}

/** Everything a patient can read: both languages of every localized field (abbreviations included). */
function patientFacingText(condition: Condition): { path: string; text: string }[] {
  return localizedStrings(condition, condition.id).flatMap(({ path, en, es }) => [
    { path: `${path}.en`, text: String(en) },
    { path: `${path}.es`, text: String(es) },
  ]);
}

describe.each(outlineConditions.map((condition) => [condition.id, condition] as const))(
  'outline content for %s',
  (_id, condition) => {
    it('passes the content schema', () => {
      const result = conditionSchema.safeParse(condition);
      expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
    });

    it('is marked as outline, with the evidence sections still empty', () => {
      expect(condition.completeness).toBe('outline');
      expect(condition.outcomes).toEqual([]);
      expect(condition.myths).toEqual([]);
      expect(condition.cautions).toEqual([]);
    });

    it('offers therapy, medication and combined care', () => {
      const kinds = condition.options.map((option) => option.kind);
      expect(kinds).toEqual(expect.arrayContaining(['therapy', 'medication', 'combined']));
    });

    it('names at least one modality for every option, with ids unique in meaning', () => {
      for (const option of condition.options) {
        expect(option.modalities.length, `${condition.id}/${option.kind}`).toBeGreaterThan(0);
      }
      // The same id may appear under several options, but it must always mean the same modality.
      const byId = new Map<string, string>();
      for (const modality of condition.options.flatMap((option) => option.modalities)) {
        const seen = byId.get(modality.id);
        const signature = JSON.stringify(modality);
        if (seen !== undefined) expect(signature, `${condition.id}/${modality.id}`).toBe(seen);
        byId.set(modality.id, signature);
      }
    });

    it('has every text in both English and Spanish, and the Spanish is a translation', () => {
      const found = localizedStrings(condition, condition.id);
      // name, tagline, whatItIs, decision, plus option summaries and modality names: far more than this.
      expect(found.length).toBeGreaterThan(15);
      for (const { path, en, es } of found) {
        expect(typeof en === 'string' && en.trim().length > 0, `${path}.en is empty`).toBe(true);
        expect(typeof es === 'string' && es.trim().length > 0, `${path}.es is empty`).toBe(true);
        // Abbreviations such as IPS are the same in both languages; sentences never are.
        if (!path.endsWith('.abbreviation')) expect(es, `${path}.es is a copy of the English`).not.toBe(en);
      }
    });

    it('carries no figures in patient-facing text (outline content cites nothing)', () => {
      const withDigits = patientFacingText(condition).filter(({ text }) => /\d/.test(text));
      expect(withDigits).toEqual([]);
    });
  },
);

describe('options offered only where honest', () => {
  it.each([
    ['psychosis', psychosis],
    ['eating-disorders', eatingDisorders],
  ] as const)('%s does not offer waiting as a fair choice', (_id, condition) => {
    expect(condition.options.map((option) => option.kind)).not.toContain('waiting');
  });

  it('anxiety offers waiting, for milder anxiety, with a caveat', () => {
    const waiting = anxiety.options.find((option) => option.kind === 'waiting');
    expect(waiting?.caveat?.en).toMatch(/milder/);
  });

  it('BPD warns that no medicine is approved for BPD itself', () => {
    const medication = bpd.options.find((option) => option.kind === 'medication');
    expect(medication?.caveat?.en).toMatch(/No medicine is approved for BPD itself/);
  });

  it('eating disorders warn that medicine is not a treatment on its own for anorexia', () => {
    const medication = eatingDisorders.options.find((option) => option.kind === 'medication');
    expect(medication?.caveat?.en).toMatch(/anorexia, medicine is not a treatment on its own/);
  });

  it('psychosis names antipsychotic medicine as the backbone', () => {
    expect(psychosis.decision.en).toMatch(/backbone/);
  });
});
