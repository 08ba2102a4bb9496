import { describe, expect, it } from 'vitest';
import { content, getSource } from '../../../src/shared/content';
import { expectCrisisLinesNotNumbers, lookup } from './lookup';

// The BPD therapy trials report standardised mean differences against usual care, and no sourced usual-care rate
// exists to turn them into "out of 100". So the evidence is in words (clinical review M2): never a Cohen's U3 figure
// shown as an event rate, never a "50", and never usual care under the "Not now: wait" option.
const { condition: bpd, caution, option } = lookup('bpd');

const allText = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
};

describe('BPD evidence, in words', () => {
  it('shows no "out of 100" figure at all, so no usual-care result can sit under the waiting option', () => {
    expect(bpd.outcomes).toEqual([]);
    expect(bpd.evidenceInWords).toBeDefined();
  });

  it('names both published effect sizes, what they were compared with, and the certainty', () => {
    const words = bpd.evidenceInWords;
    const english = words?.findings.map((finding) => finding.en).join(' ');
    expect(english).toMatch(/0\.52/);
    expect(english).toMatch(/0\.32/);
    expect(english).toMatch(/usual care/);
    expect(english).toMatch(/Usual care was not waiting/);
    expect(words?.findings.map((finding) => finding.es).join(' ')).toMatch(/La atención habitual no era esperar/);
    expect(words?.certainty).toBe('low');
    expect(words?.whyNoNumbers.en).toMatch(/out of 100/);
    expect(words?.sourceIds).toContain('storebo-2020-bpd-psychotherapy');
  });

  it('never presents a Cohen’s U3 value or a median split as a result', () => {
    for (const text of allText(bpd)) expect(text).not.toMatch(/U3|50 out of 100|50 de cada 100/);
  });
});

describe('BPD medicine safety', () => {
  it('carries the antidepressant boxed warning and the bipolar screen, tagged for the people they apply to', () => {
    expect(caution('antidepressant-boxed-warning')?.text.en).toMatch(/under 25/);
    expect(caution('antidepressant-boxed-warning')?.text.en).toMatch(/1 to 2 months/);
    expect(caution('antidepressant-boxed-warning')?.appliesTo).toEqual(expect.arrayContaining(['under-18', 'under-25']));
    expect(caution('antidepressant-bipolar-screen')?.appliesTo).toEqual(['bipolar']);
    expect(caution('medicine-pregnancy')?.appliesTo).toEqual(['pregnancy']);
  });

  it('warns about valproate in anyone who could become pregnant, using the glossary term "mood stabiliser"', () => {
    const valproate = caution('valproate-pregnancy');
    expect(valproate?.kind).toBe('medicine-safety');
    expect(valproate?.text.en).toMatch(/mood stabiliser/);
    expect(valproate?.text.en).toMatch(/anyone who could become pregnant, unless other medicines have not worked and a plan to prevent pregnancy is in place/);
    expect(valproate?.text.es).toMatch(/estabilizador del ánimo/);
    expect(valproate?.appliesTo).toEqual(['pregnancy']);
    expect(valproate?.sourceIds).toEqual(['mhra-2018-valproate', 'fda-valproate-label']);
  });

  it('gives the NICE CG78 prescribing advice: no addictive sedatives, only a short time in a crisis (the 1-week limit is to verify, so not shown), small amounts, stop what does not help', () => {
    const advice = caution('bpd-prescribing-safety');
    expect(advice?.text.en).toMatch(/benzodiazepines/);
    expect(advice?.text.en).toMatch(/in a crisis should be used only for a short time/);
    expect(advice?.text.en).not.toMatch(/1 week/);
    expect(advice?.text.en).toMatch(/small amounts/);
    expect(advice?.text.en).toMatch(/stop the ones that do not help/);
    expect(advice?.appliesTo).toEqual(expect.arrayContaining(['substance-use', 'suicidal-thoughts']));
    expect(advice?.sourceIds).toEqual(['nice-cg78']);
  });

  it('has red flags that point to the practice crisis lines, with no hard-coded number', () => {
    expectCrisisLinesNotNumbers(bpd, caution('get-help-today')?.text);
  });

  it('cites only sources in data/sources.yaml, where each is listed once', () => {
    const cited = new Set([
      ...bpd.cautions.flatMap((c) => c.sourceIds),
      ...bpd.myths.flatMap((m) => m.sourceIds),
      ...(bpd.evidenceInWords?.sourceIds ?? []),
    ]);
    const listed = content.sources.map((source) => source.id);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...cited].filter((id) => !listed.includes(id))).toEqual([]);
    for (const id of cited) expect(getSource(id).id).toBe(id);
  });
});

describe('BPD content', () => {
  it('says plainly that no medicine is approved for BPD itself', () => {
    expect(option('medication')?.caveat?.en).toMatch(/No medicine is approved for BPD itself/);
    expect(option('medication')?.caveat?.es).toMatch(/Ningún medicamento está aprobado para el trastorno límite en sí/);
    expect(bpd.cautions.some((candidate) => candidate.kind === 'thin-evidence')).toBe(true);
  });

  it('offers GPM and STEPPS where DBT is hard to find', () => {
    expect(option('therapy')?.modalities.map((modality) => modality.id)).toEqual(expect.arrayContaining(['good-psychiatric-management', 'stepps']));
  });

  it('answers the BPD-specific myths', () => {
    expect(bpd.myths.map((myth) => myth.id)).toEqual(expect.arrayContaining(['bpd-cannot-be-treated', 'bpd-is-attention-seeking']));
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
