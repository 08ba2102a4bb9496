import { describe, expect, it } from 'vitest';
import { scoreCollaborate } from '../../src/shared/domain/collaborate';
import { scoreSure, SURE_REVISIT } from '../../src/shared/domain/sure';
import { answersSchema, emptyAnswers } from '../../src/shared/session';

const allYes = { sure: true, understand: true, riskBenefit: true, encouragement: true };

describe('scoreSure', () => {
  it('counts a yes as 1: four yes answers means no decisional conflict', () => {
    expect(scoreSure(allYes)).toEqual({ complete: true, score: 4, conflict: false, noItems: [] });
  });

  it('flags decisional conflict below 4 and names the "no" items in the published order', () => {
    expect(scoreSure({ ...allYes, encouragement: false, understand: false })).toEqual({
      complete: true,
      score: 2,
      conflict: true,
      noItems: ['understand', 'encouragement'],
    });
    expect(scoreSure({ sure: false, understand: false, riskBenefit: false, encouragement: false })).toMatchObject({ score: 0, conflict: true });
  });

  it('gives no score until all four are answered', () => {
    expect(scoreSure(null)).toEqual({ complete: false, answered: 0 });
    expect(scoreSure({ ...allYes, riskBenefit: null })).toEqual({ complete: false, answered: 3 });
  });

  it('names the steps to revisit for each "no", in session order', () => {
    expect(SURE_REVISIT.understand).toEqual(['options', 'evidence']);
    expect(SURE_REVISIT.sure).toEqual(['values']);
    expect(SURE_REVISIT.riskBenefit).toEqual(['values']);
    expect(SURE_REVISIT.encouragement).toEqual([]);
  });
});

describe('scoreCollaborate', () => {
  it('sums the three items (0–12) and rescales to 0–100', () => {
    expect(scoreCollaborate({ understand: 4, listen: 3, include: 2 })).toEqual({ complete: true, sum: 9, percent: 75, topScore: false });
    expect(scoreCollaborate({ understand: 0, listen: 0, include: 0 })).toEqual({ complete: true, sum: 0, percent: 0, topScore: false });
    expect(scoreCollaborate({ understand: 1, listen: 0, include: 0 })).toMatchObject({ percent: 8.3 });
  });

  it('reports the top score only when every item is "every effort was made"', () => {
    expect(scoreCollaborate({ understand: 4, listen: 4, include: 4 })).toEqual({ complete: true, sum: 12, percent: 100, topScore: true });
  });

  it('gives no score until all three are answered, and refuses values off the scale', () => {
    expect(scoreCollaborate(null)).toEqual({ complete: false, answered: 0 });
    expect(scoreCollaborate({ understand: 4, listen: null, include: 1 })).toEqual({ complete: false, answered: 2 });
    expect(() => scoreCollaborate({ understand: 5, listen: 1, include: 1 })).toThrow(RangeError);
  });
});

describe('answers saved before the decision-quality checks existed', () => {
  it('still parse, and get the defaults', () => {
    const { sure: _sure, teachBack: _teachBack, collaborate: _collaborate, mode: _mode, ...older } = emptyAnswers();
    const parsed = answersSchema.parse({ ...older, worries: 'Sleep' });
    expect(parsed.worries).toBe('Sleep');
    expect(parsed.sure).toEqual({ beforeOptions: null, beforeAgreement: null });
    expect(parsed.teachBack).toEqual({ saidBack: [], patientCouldSayBack: false });
    expect(parsed.collaborate).toBeNull();
    expect(parsed.mode).toBe('visit');
  });

  it('fill in missing items inside a partly stored check', () => {
    const parsed = answersSchema.parse({ ...emptyAnswers(), sure: { beforeOptions: { sure: true } }, teachBack: {} });
    expect(parsed.sure.beforeOptions).toEqual({ sure: true, understand: null, riskBenefit: null, encouragement: null });
    expect(parsed.sure.beforeAgreement).toBeNull();
    expect(parsed.teachBack).toEqual({ saidBack: [], patientCouldSayBack: false });
  });

  it('match emptyAnswers() exactly', () => {
    expect(answersSchema.parse(emptyAnswers())).toEqual(emptyAnswers());
  });

  it('reject values outside the checks', () => {
    expect(answersSchema.safeParse({ ...emptyAnswers(), mode: 'kiosk' }).success).toBe(false);
    expect(answersSchema.safeParse({ ...emptyAnswers(), collaborate: { understand: 7, listen: 0, include: 0 } }).success).toBe(false);
    expect(answersSchema.safeParse({ ...emptyAnswers(), teachBack: { saidBack: ['surgery'], patientCouldSayBack: true } }).success).toBe(false);
  });
});
