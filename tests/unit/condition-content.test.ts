import { describe, expect, it } from 'vitest';
import { rawContent } from '../../src/shared/content';
import { conditionSchema, type Condition, type ConditionId, type Source } from '../../src/shared/content/schema';
import { sources as adhd } from '../../src/shared/content/sources/adhd';
import { sources as anxiety } from '../../src/shared/content/sources/anxiety';
import { sources as bpd } from '../../src/shared/content/sources/bpd';
import { sources as depression } from '../../src/shared/content/sources/depression';
import { sources as eatingDisorders } from '../../src/shared/content/sources/eating-disorders';
import { sources as ocd } from '../../src/shared/content/sources/ocd';
import { sources as psychosis } from '../../src/shared/content/sources/psychosis';

/** Checks every condition must pass; the evidence-<condition> tests add what is particular to each. */
const SOURCES: Record<ConditionId, Source[]> = {
  depression,
  anxiety,
  adhd,
  ocd,
  psychosis,
  bpd,
  'eating-disorders': eatingDisorders,
};

function citedBy(condition: Condition): Set<string> {
  const cited = new Set<string>();
  for (const outcome of condition.outcomes) {
    outcome.sourceIds.forEach((id) => cited.add(id));
    outcome.effects.forEach((effect) => cited.add(effect.sourceId));
  }
  condition.myths.forEach((myth) => myth.sourceIds.forEach((id) => cited.add(id)));
  condition.cautions.forEach((caution) => caution.sourceIds.forEach((id) => cited.add(id)));
  return cited;
}

describe.each(rawContent.conditions.map((condition) => [condition.id, condition] as const))('%s content', (id, condition) => {
  it('passes the condition schema as full content', () => {
    const parsed = conditionSchema.safeParse(condition);
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([]);
    expect(condition.completeness).toBe('full');
  });

  it('cites only its own sources, and cites every one of them', () => {
    const cited = citedBy(condition);
    const own = new Set(SOURCES[id].map((source) => source.id));
    expect([...cited].filter((sourceId) => !own.has(sourceId))).toEqual([]);
    expect([...own].filter((sourceId) => !cited.has(sourceId))).toEqual([]);
  });

  it('gives every option benefits and harms in equal number and similar length (IPDAS: equal detail)', () => {
    const words = (list: { en: string }[]) => list.reduce((sum, text) => sum + text.en.split(/\s+/).length, 0);
    for (const option of condition.options) {
      const benefits = option.benefits ?? [];
      const harms = option.harms ?? [];
      expect(benefits.length, option.kind).toBe(harms.length);
      expect(words(harms) / words(benefits), option.kind).toBeGreaterThan(0.6);
      expect(words(harms) / words(benefits), option.kind).toBeLessThan(1.6);
    }
  });
});
