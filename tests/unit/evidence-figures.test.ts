import { describe, expect, it } from 'vitest';
import { content } from '../../src/shared/content';
import type { OutcomeData } from '../../src/shared/content/data-schema';
import {
  computeOutcomeFigures,
  crossCheckPer100,
  FigureInputError,
  perHundredFromStandardisedMeanDifference,
  standardNormalCdf,
  type FigureEntry,
} from '../../src/shared/domain/evidence';
import { loadContent } from '../../scripts/content-data';

/**
 * One evidence test for every condition: each "out of 100" figure is recomputed from the inputs entered in
 * src/shared/content/data/<condition>.yaml, each input is the one the screen shows (same measure, value and source),
 * and every source cited exists. A new condition or figure is covered without writing a test.
 */
const { conditionData } = loadContent();
const sourceIds = new Set(content.sources.map((source) => source.id));

describe('computeOutcomeFigures, on published examples', () => {
  const observed = (option: string, percent: number): FigureEntry => ({ option, figure: { from: 'observed', percent, sourceId: 'a' } });

  it('rounds an observed rate to a whole person', () => {
    expect(computeOutcomeFigures([observed('therapy', 48.7), observed('medication', 45.8)])).toEqual([
      { option: 'therapy', per100: 49 },
      { option: 'medication', per100: 46 },
    ]);
  });

  it('applies a risk ratio, an odds ratio, a reciprocal and a complement to the baseline option’s unrounded rate', () => {
    const ratio = (option: string, measure: 'RR' | 'OR', publishedValue: number, appliedAs: 'as-published' | 'reciprocal', framing?: 'complement') => ({
      option,
      figure: { from: 'ratio' as const, baseline: 'medication', measure, publishedValue, appliedAs, sourceId: 'b', ...(framing ? { framing } : {}) },
    });
    const per100 = (baseline: number, entry: FigureEntry) => computeOutcomeFigures([observed('medication', baseline), entry])[1]?.per100;
    expect(per100(58, ratio('combined', 'RR', 1.25, 'as-published'))).toBe(73); // 58 × 1.25 = 72.5
    expect(per100(47.2, ratio('combined', 'RR', 0.85, 'as-published'))).toBe(40); // 40.12
    expect(per100(76.2, ratio('therapy', 'OR', 2.61, 'reciprocal'))).toBe(55); // odds 3.20 ÷ 2.61 → 55.1%
    expect(per100(23, ratio('combined', 'OR', 3.8, 'as-published'))).toBe(53); // Safren 2010 reported 53%
    expect(per100(39, ratio('therapy', 'RR', 1.28, 'as-published', 'complement'))).toBe(22); // 100 − 61 × 1.28
    expect(per100(39, ratio('therapy', 'RR', 1.21, 'reciprocal', 'complement'))).toBe(50); // 100 − 61 ÷ 1.21
  });

  it('turns a standardised mean difference into Cohen’s U3 against a reference fixed at 50', () => {
    expect(standardNormalCdf(0)).toBeCloseTo(0.5, 6);
    expect(standardNormalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(standardNormalCdf(-1)).toBeCloseTo(0.1587, 3);
    expect(perHundredFromStandardisedMeanDifference(0.52)).toBe(70);
    expect(perHundredFromStandardisedMeanDifference(0.32)).toBe(63);
    const entries: FigureEntry[] = [
      { option: 'therapy', figure: { from: 'smd', reference: 'waiting', publishedValue: -0.52, lowerScoreIsBetter: true, sourceId: 'c' } },
      { option: 'waiting', figure: { from: 'smd-reference' } },
    ];
    expect(computeOutcomeFigures(entries).map((entry) => entry.per100)).toEqual([70, 50]);
  });

  it('names the result at fault when its inputs do not hold together', () => {
    const ratio: FigureEntry = {
      option: 'combined',
      figure: { from: 'ratio', baseline: 'medication', measure: 'RR', publishedValue: 1.2, appliedAs: 'as-published', sourceId: 'b' },
    };
    expect(() => computeOutcomeFigures([observed('therapy', 40), ratio])).toThrow(/baseline option medication has no result/);
    expect(() => computeOutcomeFigures([ratio, { option: 'medication', figure: { from: 'smd-reference' } }])).toThrow(/must be an observed rate/);
    expect(() => computeOutcomeFigures([observed('therapy', 140)])).toThrow(FigureInputError);
    expect(() => computeOutcomeFigures([{ option: 'waiting', figure: { from: 'smd-reference' } }])).toThrow(/no SMD result/);
  });
});

function effectShown(outcome: OutcomeData, measure: string, value: number, sourceId: string) {
  return outcome.effects.find((effect) => effect.measure === measure && effect.value === value && effect.sourceId === sourceId);
}

describe.each(conditionData.map((condition) => [condition.id, condition] as const))('%s figures', (id, condition) => {
  const shown = content.conditions.find((candidate) => candidate.id === id)!;

  it.each(condition.outcomes.map((outcome) => [outcome.id, outcome] as const))(
    '%s: every per-100 follows from its inputs, and the app shows exactly those numbers',
    (outcomeId, outcome) => {
      const computed = computeOutcomeFigures(outcome.results);
      expect(shown.outcomes.find((candidate) => candidate.id === outcomeId)?.results).toEqual(computed);
    },
  );

  it.each(condition.outcomes.map((outcome) => [outcome.id, outcome] as const))(
    '%s: each input is shown on screen with its source, and that source is cited by the outcome',
    (_outcomeId, outcome) => {
      const per100 = new Map(computeOutcomeFigures(outcome.results).map((result) => [result.option, result.per100]));
      for (const { option, figure } of outcome.results) {
        const where = `${option} (${figure.from})`;
        if (figure.from === 'smd-reference') continue;
        expect(outcome.sourceIds, where).toContain(figure.sourceId);
        if (figure.from === 'observed') {
          expect(effectShown(outcome, 'percent', figure.percent, figure.sourceId), where).toBeDefined();
        } else if (figure.from === 'ratio') {
          expect(effectShown(outcome, figure.measure, figure.publishedValue, figure.sourceId), where).toBeDefined();
          if (figure.crossCheck) {
            const { publishedValue, sourceId } = figure.crossCheck;
            expect(effectShown(outcome, figure.measure, publishedValue, sourceId), `${where} cross-check`).toBeDefined();
            const secondRoute = crossCheckPer100(outcome.results, figure) ?? Number.NaN;
            expect(Math.abs(secondRoute - (per100.get(option) ?? Number.NaN)), `${where}: the second route lands ${secondRoute}`).toBeLessThanOrEqual(1);
          }
        } else {
          const effect = effectShown(outcome, 'g', figure.publishedValue, figure.sourceId);
          expect(effect, where).toBeDefined();
          // The interval must lie wholly on the side that favours the option, or the U3 figure would overstate it.
          if (figure.lowerScoreIsBetter) expect(effect?.ciHigh ?? 0, where).toBeLessThan(0);
          else expect(effect?.ciLow ?? 0, where).toBeGreaterThan(0);
        }
      }
    },
  );

  it.each(condition.outcomes.map((outcome) => [outcome.id, outcome] as const))(
    '%s: the derivation text quotes, in both languages, every number it made from a ratio or an SMD',
    (_outcomeId, outcome) => {
      const computed = computeOutcomeFigures(outcome.results);
      for (const [index, { option, figure }] of outcome.results.entries()) {
        if (figure.from !== 'ratio' && figure.from !== 'smd') continue;
        const number = new RegExp(`(^|[^\\d.,])${computed[index]?.per100}(?!\\d|[.,]\\d)`);
        expect(outcome.derivation.en, option).toMatch(number);
        expect(outcome.derivation.es, option).toMatch(number);
      }
    },
  );

  it('cites only sources that exist in sources.yaml', () => {
    const cited = [
      ...condition.outcomes.flatMap((outcome) => [
        ...outcome.sourceIds,
        ...outcome.effects.map((effect) => effect.sourceId),
        ...outcome.results.flatMap(({ figure }) => ('sourceId' in figure ? [figure.sourceId] : [])),
      ]),
      ...condition.myths.flatMap((myth) => myth.sourceIds),
      ...condition.cautions.flatMap((caution) => caution.sourceIds),
    ];
    expect(cited.filter((sourceId) => !sourceIds.has(sourceId))).toEqual([]);
  });
});
