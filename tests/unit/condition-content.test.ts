import { describe, expect, it } from 'vitest';
import { rawContent } from '../../src/shared/content';
import { conditionSchema } from '../../src/shared/content/schema';

/** Checks every condition must pass; tests/unit/evidence-figures.test.ts checks every figure and citation. */
describe.each(rawContent.conditions.map((condition) => [condition.id, condition] as const))('%s content', (_id, condition) => {
  it('passes the condition schema as full content', () => {
    const parsed = conditionSchema.safeParse(condition);
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual([]);
    expect(condition.completeness).toBe('full');
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
