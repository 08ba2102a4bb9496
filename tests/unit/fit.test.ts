import { describe, expect, it } from 'vitest';
import { content, getSource, sourcesForCondition } from '../../src/shared/content';
import {
  DESCRIPTIVE_CONSIDERATIONS,
  conditionFitOverrides,
  considerationFit,
  type FitMapping,
} from '../../src/shared/content/consideration-fit';
import { OPTION_KINDS } from '../../src/shared/content/schema';
import { fitLean, fitMappingFor, fitScores } from '../../src/shared/domain/fit';
import { readingStats } from '../../src/shared/content/readability';

const cell = (direction: -1 | 0 | 1) => ({ direction, reason: { en: 'why', es: 'por qué' } });
const mapping: FitMapping = {
  pills: { therapy: cell(1), medication: cell(-1), combined: cell(-1), waiting: cell(1) },
  speed: { therapy: cell(0), medication: cell(0), combined: cell(1), waiting: cell(-1) },
  money: { therapy: cell(0), medication: cell(0), combined: cell(0), waiting: cell(0) },
};

describe('fitScores', () => {
  it('weights each direction by how much it matters and lists who pushed which way', () => {
    const [therapy, medication, combined, waiting] = fitScores({ pills: 4, speed: 2, money: 3 }, mapping, OPTION_KINDS);
    expect(therapy).toMatchObject({ option: 'therapy', total: 4 });
    expect(therapy!.toward.map((c) => [c.considerationId, c.weight])).toEqual([['pills', 4]]);
    expect(therapy!.away).toEqual([]);
    expect(therapy!.neutral.map((c) => c.considerationId)).toEqual(['money', 'speed']);

    expect(medication).toMatchObject({ option: 'medication', total: -4 });
    expect(combined!.total).toBe(-2);
    expect(combined!.toward.map((c) => c.considerationId)).toEqual(['speed']);
    expect(combined!.away.map((c) => c.considerationId)).toEqual(['pills']);
    expect(waiting!.total).toBe(2);
    expect(waiting!.away).toEqual([{ considerationId: 'speed', direction: -1, importance: 2, weight: -2 }]);
  });

  it('ignores considerations rated 0, not rated, or unknown to the mapping', () => {
    const fits = fitScores({ pills: 0, unknown: 4 }, mapping, ['therapy', 'medication']);
    for (const fit of fits) {
      expect(fit).toMatchObject({ total: 0, toward: [], away: [], neutral: [] });
      expect(fitLean(fit)).toBe('no-pull');
    }
  });

  it('keeps the order of the options it is given: it never ranks them', () => {
    const order = ['waiting', 'combined', 'therapy'] as const;
    expect(fitScores({ pills: 4 }, mapping, order).map((fit) => fit.option)).toEqual(order);
  });

  it('puts the heaviest contributions first', () => {
    const [combined] = fitScores({ pills: 1, speed: 4 }, { ...mapping, pills: { ...mapping.pills!, combined: cell(1) } }, ['combined']);
    expect(combined!.toward.map((c) => c.considerationId)).toEqual(['speed', 'pills']);
  });

  it('describes the balance in neutral words', () => {
    const [therapy, medication, combined] = fitScores({ pills: 2, speed: 2 }, mapping, ['therapy', 'medication', 'combined']);
    expect(fitLean(therapy!)).toBe('more-toward');
    expect(fitLean(medication!)).toBe('more-away');
    expect(fitLean(combined!)).toBe('balanced');
  });
});

describe('considerationFit content', () => {
  it('covers every consideration and every option kind, with a reason in both languages', () => {
    expect(Object.keys(considerationFit).sort()).toEqual(content.considerations.map((c) => c.id).sort());
    for (const [id, row] of Object.entries(considerationFit)) {
      for (const kind of OPTION_KINDS) {
        const entry = row[kind];
        expect([-1, 0, 1], `${id}/${kind}`).toContain(entry.direction);
        expect(entry.reason.en.trim().length, `${id}/${kind} en`).toBeGreaterThan(10);
        expect(entry.reason.es.trim().length, `${id}/${kind} es`).toBeGreaterThan(10);
      }
    }
  });

  it('says what the brief asks for the clearest cases', () => {
    expect(considerationFit['no-medicine']!.medication.direction).toBe(-1);
    expect(considerationFit['no-medicine']!.combined.direction).toBe(-1);
    expect(considerationFit['no-medicine']!.therapy.direction).toBe(1);
    expect(considerationFit['no-medicine']!.waiting.direction).toBe(1);
    expect(considerationFit['feel-better-quickly']!.waiting.direction).toBe(-1);
    for (const kind of OPTION_KINDS) {
      expect(considerationFit.cost![kind].direction).toBe(0);
      expect(considerationFit['family-views']![kind].direction).toBe(0);
    }
  });

  it('keeps the English reasons at a plain reading level, in every condition', () => {
    for (const condition of content.conditions) {
      const mapping = fitMappingFor(considerationFit, conditionFitOverrides, condition.id);
      const reasons = Object.values(mapping).flatMap((row) => OPTION_KINDS.map((kind) => row[kind].reason.en));
      expect(readingStats(reasons).grade, condition.id).toBeLessThanOrEqual(8);
    }
  });
});

/** Clinical review M11: the panel is per condition and never favours an option the condition's evidence does not. */
describe('the fit table of each condition', () => {
  const tables = content.conditions.map((condition) => ({
    condition,
    mapping: fitMappingFor(considerationFit, conditionFitOverrides, condition.id),
  }));

  it('lets no option gain on a consideration without a reason it can show: a source of this condition, or what the option is', () => {
    let sourcedGains = 0;
    for (const { condition, mapping } of tables) {
      const cited = new Set(sourcesForCondition(condition).map((source) => source.id));
      for (const [considerationId, row] of Object.entries(mapping)) {
        for (const option of condition.options) {
          const fit = row[option.kind];
          const where = `${condition.id}/${considerationId}/${option.kind}`;
          expect(fit.reason.en.trim().length, where).toBeGreaterThan(10);
          expect(fit.reason.es.trim().length, where).toBeGreaterThan(10);
          if (fit.direction !== 1) {
            expect(fit.basis, `${where}: only a gain carries a basis`).toBeUndefined();
            continue;
          }
          expect(fit.basis, `${where} gains without a reason`).toBeDefined();
          if (fit.basis === 'what-the-option-is') {
            expect(DESCRIPTIVE_CONSIDERATIONS as readonly string[], `${where}: a gain on an outcome needs a source`).toContain(considerationId);
            continue;
          }
          sourcedGains += 1;
          for (const id of fit.basis!.sourceIds) {
            expect(() => getSource(id), `${where} cites ${id}`).not.toThrow();
            expect(cited.has(id), `${where}: ${id} is not among ${condition.id}'s sources`).toBe(true);
          }
        }
      }
    }
    expect(sourcedGains).toBeGreaterThan(0);
  });

  it('only overrides considerations and conditions that exist', () => {
    const considerationIds = content.considerations.map((consideration) => consideration.id);
    for (const [conditionId, rows] of Object.entries(conditionFitOverrides)) {
      expect(content.conditions.map((condition) => condition.id)).toContain(conditionId);
      for (const considerationId of Object.keys(rows)) expect(considerationIds, conditionId).toContain(considerationId);
    }
  });

  it('no longer gives "both together" a general gain on feeling better quickly', () => {
    expect(considerationFit['feel-better-quickly']!.combined.direction).toBe(0);
    for (const { condition, mapping } of tables) {
      if (condition.id === 'adhd') continue;
      expect(mapping['feel-better-quickly']!.combined.direction, condition.id).toBe(0);
    }
  });

  it('ADHD: stimulant medicine works the same day, so medicine gains on feeling better quickly', () => {
    const adhd = tables.find(({ condition }) => condition.id === 'adhd')!.mapping;
    expect(adhd['feel-better-quickly']!.medication.direction).toBe(1);
    expect(adhd['feel-better-quickly']!.medication.reason.en).toMatch(/on the day it is taken/);
    expect(adhd['feel-better-quickly']!.therapy.direction).toBe(0);
  });

  it('BPD: no medicine treats BPD, so medicine gains on no outcome', () => {
    const bpd = tables.find(({ condition }) => condition.id === 'bpd')!.mapping;
    for (const [considerationId, row] of Object.entries(bpd)) {
      if ((DESCRIPTIVE_CONSIDERATIONS as readonly string[]).includes(considerationId)) continue;
      expect(row.medication.direction, considerationId).toBeLessThan(1);
    }
    expect(bpd['feel-better-quickly']!.medication.reason.en).toMatch(/No medicine treats BPD/);
  });

  it('OCD: ERP with medicine scores the same as ERP alone on every outcome', () => {
    const ocd = tables.find(({ condition }) => condition.id === 'ocd')!.mapping;
    for (const [considerationId, row] of Object.entries(ocd)) {
      if ((DESCRIPTIVE_CONSIDERATIONS as readonly string[]).includes(considerationId) || considerationId === 'no-medicine') continue;
      expect(row.combined.direction, considerationId).toBe(row.therapy.direction);
    }
  });
});
