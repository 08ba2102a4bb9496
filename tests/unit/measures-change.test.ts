import { describe, expect, it } from 'vitest';
import { classifyChange, InvalidTotalError, trajectory } from '../../src/shared/domain/measures';

describe('classifyChange', () => {
  it('calls the issue-11 depression episode (PHQ-9 18 → 8) a response, a fall of 56%', () => {
    expect(classifyChange('phq9', 18, 8)).toEqual({
      instrument: 'phq9',
      baseline: 18,
      latest: 8,
      change: -10,
      direction: 'better',
      percentFall: 56,
      response: true,
      remission: false,
      reliableChange: 'improvement',
      verdict: 'response',
    });
  });

  it('counts a fall of exactly half as a response, and just under half as none', () => {
    expect(classifyChange('phq9', 10, 5)).toMatchObject({ response: true, remission: false, reliableChange: 'none', verdict: 'response' });
    expect(classifyChange('phq9', 11, 6)).toMatchObject({ response: false, percentFall: 45 });
    expect(classifyChange('gad7', 9, 4)).toMatchObject({ response: true, remission: true, verdict: 'remission' });
  });

  it('calls remission only when the latest total is below 5 and the baseline was not', () => {
    expect(classifyChange('phq9', 12, 4)).toMatchObject({ remission: true, verdict: 'remission' });
    expect(classifyChange('phq9', 12, 5)).toMatchObject({ remission: false, response: true, verdict: 'response' });
    expect(classifyChange('phq9', 3, 2)).toMatchObject({ remission: true, response: false, verdict: 'noReliableChange' });
  });

  it('uses 6 PHQ-9 points and 4 GAD-7 points for reliable change, in both directions', () => {
    expect(classifyChange('phq9', 18, 14)).toMatchObject({ change: -4, reliableChange: 'none', response: false, verdict: 'noReliableChange' });
    expect(classifyChange('phq9', 20, 14)).toMatchObject({ reliableChange: 'improvement', verdict: 'reliableImprovement' });
    expect(classifyChange('phq9', 20, 15)).toMatchObject({ reliableChange: 'none' });
    expect(classifyChange('phq9', 8, 14)).toMatchObject({ change: 6, direction: 'worse', reliableChange: 'deterioration', verdict: 'reliableDeterioration' });
    expect(classifyChange('phq9', 8, 13)).toMatchObject({ reliableChange: 'none', verdict: 'noReliableChange' });
    expect(classifyChange('gad7', 12, 8)).toMatchObject({ reliableChange: 'improvement', response: false, verdict: 'reliableImprovement' });
    expect(classifyChange('gad7', 12, 9)).toMatchObject({ reliableChange: 'none' });
    expect(classifyChange('gad7', 8, 12)).toMatchObject({ reliableChange: 'deterioration', verdict: 'reliableDeterioration' });
    expect(classifyChange('gad7', 8, 11)).toMatchObject({ reliableChange: 'none', direction: 'worse' });
  });

  it('cannot call a response from a baseline of 0', () => {
    expect(classifyChange('gad7', 0, 0)).toMatchObject({ percentFall: null, response: false, direction: 'same', verdict: 'noReliableChange' });
  });

  it('reports WSAS change in points and direction only: no published threshold', () => {
    expect(classifyChange('wsas', 30, 10)).toEqual({
      instrument: 'wsas',
      baseline: 30,
      latest: 10,
      change: -20,
      direction: 'better',
      percentFall: 67,
      response: null,
      remission: null,
      reliableChange: null,
      verdict: 'notClassified',
    });
  });

  it('refuses totals the instrument cannot produce, and instruments without a total', () => {
    for (const [instrument, value] of [['phq9', 28], ['phq9', -1], ['gad7', 22], ['gad7', 2.5], ['wsas', Number.NaN]] as const) {
      expect(() => classifyChange(instrument, value, 0)).toThrow(InvalidTotalError);
      expect(() => classifyChange(instrument, 0, value)).toThrow(InvalidTotalError);
    }
    expect(() => classifyChange('fibser', 2, 1)).toThrow(InvalidTotalError);
  });
});

describe('trajectory', () => {
  it('finds baseline, latest and change across visits given out of order, skipping visits without a total', () => {
    const result = trajectory('phq9', [
      { date: '2026-10-20', total: 8 },
      { date: '2026-09-01', total: 18 },
      { date: '2026-09-29', total: null },
      { date: '2026-09-15', total: 14 },
      { date: 'not a date', total: 3 },
    ]);
    expect(result.points).toEqual([
      { date: '2026-09-01', total: 18 },
      { date: '2026-09-15', total: 14 },
      { date: '2026-10-20', total: 8 },
    ]);
    expect(result.skipped).toBe(2);
    expect(result.baseline).toEqual({ date: '2026-09-01', total: 18 });
    expect(result.latest).toEqual({ date: '2026-10-20', total: 8 });
    expect(result.change).toMatchObject({ change: -10, verdict: 'response' });
  });

  it('has a baseline but no change after one visit, and nothing before any', () => {
    expect(trajectory('gad7', [{ date: '2026-09-01', total: 11 }])).toEqual({
      instrument: 'gad7',
      points: [{ date: '2026-09-01', total: 11 }],
      skipped: 0,
      baseline: { date: '2026-09-01', total: 11 },
      latest: { date: '2026-09-01', total: 11 },
      change: null,
    });
    expect(trajectory('gad7', [{ date: '2026-09-01', total: null }])).toEqual({
      instrument: 'gad7', points: [], skipped: 1, baseline: null, latest: null, change: null,
    });
    expect(trajectory('gad7', [])).toMatchObject({ points: [], baseline: null, change: null });
  });

  it('keeps the given order for visits on the same day, and reads date-times', () => {
    const result = trajectory('phq9', [
      { date: '2026-09-01', total: 12 },
      { date: '2026-09-01', total: 10 },
      { date: '2026-08-31T23:00:00Z', total: 20 },
    ]);
    expect(result.points.map((point) => point.total)).toEqual([20, 12, 10]);
    expect(result.change).toMatchObject({ baseline: 20, latest: 10, verdict: 'response' });
  });

  it('refuses an impossible total in the history rather than drawing it', () => {
    expect(() => trajectory('phq9', [{ date: '2026-09-01', total: 30 }])).toThrow(InvalidTotalError);
  });
});
