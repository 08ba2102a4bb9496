import { expect } from 'vitest';
import { getCondition } from '../../../src/shared/content';
import type { Condition, ConditionId } from '../../../src/shared/content/schema';

/**
 * Look-ups shared by the per-condition content tests (tests/unit/conditions/<id>.test.ts), so each test reads as the
 * clinical fact it pins. The content comes from src/shared/content/data/<id>.yaml through the app's own loader.
 */
export function lookup(id: ConditionId) {
  const condition = getCondition(id);
  const outcome = (outcomeId: string) => condition.outcomes.find((candidate) => candidate.id === outcomeId);
  return {
    condition,
    outcome,
    /** The per-100 the app shows for one option of one outcome; NaN when there is none, so comparisons fail. */
    per100: (outcomeId: string, option: string) =>
      outcome(outcomeId)?.results.find((result) => result.option === option)?.per100 ?? Number.NaN,
    caution: (cautionId: string) => condition.cautions.find((candidate) => candidate.id === cautionId),
    myth: (mythId: string) => condition.myths.find((candidate) => candidate.id === mythId),
    option: (kind: string) => condition.options.find((candidate) => candidate.kind === kind),
  };
}

/** Red flags send people to the practice's own crisis lines, shown below them, never to a hard-coded number. */
export function expectCrisisLinesNotNumbers(condition: Condition, redFlagText: { en: string; es: string } | undefined): void {
  expect(redFlagText?.en).toMatch(/crisis lines below/);
  expect(redFlagText?.es).toMatch(/líneas de crisis que aparecen abajo/);
  for (const text of condition.cautions.flatMap((caution) => [caution.text.en, caution.text.es])) expect(text).not.toMatch(/988|911/);
}
