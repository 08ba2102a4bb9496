import { describe, expect, it } from 'vitest';
import {
  differencePer100,
  iconArrayCells,
  iconArrayCounts,
  perHundredFromOddsRatio,
  perHundredFromRiskRatio,
} from '../../src/shared/domain/evidence';

describe('perHundredFromRiskRatio', () => {
  it('multiplies the baseline by the risk ratio and rounds to a whole person', () => {
    expect(perHundredFromRiskRatio(40, 1.5)).toBe(60);
    expect(perHundredFromRiskRatio(58, 0.99)).toBe(57);
    expect(perHundredFromRiskRatio(47.2, 0.85)).toBe(40);
  });

  it('keeps the result within 0 to 100', () => {
    expect(perHundredFromRiskRatio(80, 2)).toBe(100);
    expect(perHundredFromRiskRatio(30, 0)).toBe(0);
  });

  it('rejects input that is not a usable number', () => {
    expect(() => perHundredFromRiskRatio(Number.NaN, 1)).toThrow(/baselinePer100/);
    expect(() => perHundredFromRiskRatio(50, Number.POSITIVE_INFINITY)).toThrow(/riskRatio/);
    expect(() => perHundredFromRiskRatio(-1, 1)).toThrow(/negative/);
    expect(() => perHundredFromRiskRatio(50, -0.5)).toThrow(/negative/);
    expect(() => perHundredFromRiskRatio(101, 1)).toThrow(/above 100/);
  });
});

describe('perHundredFromOddsRatio', () => {
  it('works on the odds scale, not by multiplying the risk', () => {
    // Baseline 50 → odds 1; OR 3 → odds 3 → risk 75 (multiplying the risk would give 150).
    expect(perHundredFromOddsRatio(50, 3)).toBe(75);
    expect(perHundredFromOddsRatio(20, 1)).toBe(20);
    expect(perHundredFromOddsRatio(76.2, 1 / 2.61)).toBe(55);
  });

  it('handles the edges of the scale', () => {
    expect(perHundredFromOddsRatio(0, 5)).toBe(0);
    expect(perHundredFromOddsRatio(100, 0.2)).toBe(100);
    expect(perHundredFromOddsRatio(40, 0)).toBe(0);
  });

  it('rejects input that is not a usable number', () => {
    expect(() => perHundredFromOddsRatio(Number.NaN, 2)).toThrow(/baselinePer100/);
    expect(() => perHundredFromOddsRatio(30, Number.NaN)).toThrow(/oddsRatio/);
    expect(() => perHundredFromOddsRatio(30, -2)).toThrow(/negative/);
  });
});

describe('icon array helpers', () => {
  it('splits 100 icons into with and without the outcome', () => {
    expect(iconArrayCounts(73)).toEqual({ withOutcome: 73, without: 27 });
    expect(iconArrayCounts(0)).toEqual({ withOutcome: 0, without: 100 });
  });

  it('marks the first per100 cells in reading order', () => {
    const cells = iconArrayCells(3);
    expect(cells).toHaveLength(100);
    expect(cells.slice(0, 4)).toEqual([true, true, true, false]);
    expect(cells.filter(Boolean)).toHaveLength(3);
  });

  it('gives the difference between two options', () => {
    expect(differencePer100(73, 58)).toBe(15);
    expect(differencePer100(55, 76)).toBe(-21);
  });

  it('rejects counts that cannot be drawn', () => {
    expect(() => iconArrayCounts(12.5)).toThrow(/whole number/);
    expect(() => iconArrayCounts(101)).toThrow(/whole number/);
    expect(() => iconArrayCells(-1)).toThrow(/whole number/);
    expect(() => differencePer100(Number.NaN, 10)).toThrow(/whole number/);
  });
});
