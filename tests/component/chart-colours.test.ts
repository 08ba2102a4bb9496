import { describe, expect, it } from 'vitest';
import {
  BAND_TINTS,
  contrastRatio,
  LINE_COLOUR,
  PLAN_COLOUR,
  TEXT_COLOUR,
  tintFor,
} from '../../src/renderer/src/follow-up/trajectory/chartColours';
import { INSTRUMENTS } from '../../src/shared/measures';

const WHITE = '#ffffff';
const BACKGROUNDS = [WHITE, ...BAND_TINTS];

describe('the trajectory chart colours (WCAG 2.2 AA)', () => {
  it('computes contrast as WCAG does (black on white is 21:1, a colour on itself 1:1, #767676 on white about 4.54:1)', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(LINE_COLOUR, LINE_COLOUR)).toBe(1);
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });

  it('keeps text at 4.5:1 or more on white and on every band tint (band names, scores, axes, plan names)', () => {
    for (const background of BACKGROUNDS) {
      expect(contrastRatio(TEXT_COLOUR, background), `text on ${background}`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(PLAN_COLOUR, background), `plan label on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the line, its markers and the plan markers at 3:1 or more against everything behind them (1.4.11)', () => {
    for (const background of BACKGROUNDS) {
      expect(contrastRatio(LINE_COLOUR, background), `line on ${background}`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(PLAN_COLOUR, background), `plan marker on ${background}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every band of every instrument a tint, the most severe always the darkest', () => {
    for (const instrument of Object.values(INSTRUMENTS)) {
      const bands = instrument.scoring.bands;
      const tints = bands.map((_band, index) => tintFor(index, bands.length));
      expect(tints.every((tint) => BAND_TINTS.includes(tint as (typeof BAND_TINTS)[number])), instrument.id).toBe(true);
      expect(tints.at(-1)).toBe(BAND_TINTS.at(-1));
      expect(new Set(tints).size, instrument.id).toBe(bands.length);
    }
  });
});
