import { describe, expect, it } from 'vitest';
import { content } from '../../src/shared/content';
import { considerationFit, type FitMapping } from '../../src/shared/content/consideration-fit';
import { OPTION_KINDS } from '../../src/shared/content/schema';
import { fitLean, fitScores } from '../../src/shared/domain/fit';
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

  it('keeps the English reasons at a plain reading level', () => {
    const reasons = Object.values(considerationFit).flatMap((row) => OPTION_KINDS.map((kind) => row[kind].reason.en));
    expect(readingStats(reasons).grade).toBeLessThanOrEqual(8);
  });
});
