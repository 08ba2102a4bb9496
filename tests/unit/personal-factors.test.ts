import { describe, expect, it } from 'vitest';
import type { Caution } from '../../src/shared/content/schema';
import {
  cautionsForPerson,
  includesMedicine,
  needsSafetyPlan,
  personalFactors,
} from '../../src/shared/domain/personal-factors';
import { emptyAboutYou, type AboutYou } from '../../src/shared/session';

const about = (changes: Partial<AboutYou>): AboutYou => ({ ...emptyAboutYou(), ...changes });
const factorsOf = (changes: Partial<AboutYou>) => [...personalFactors(about(changes))].sort();

describe('personal factors from "About you"', () => {
  it('adds nothing for blank answers, "no", or sex and gender', () => {
    expect(factorsOf({})).toEqual([]);
    expect(factorsOf({ bipolar: 'no', substanceUse: 'no', suicidalThoughts: 'no', otherMedicines: 'no', sexAndGender: 'Woman', ageGroup: '25-64' })).toEqual([]);
  });

  it('maps each answer to its factor', () => {
    expect(factorsOf({ ageGroup: 'under-18' })).toEqual(['under-18', 'under-25']);
    expect(factorsOf({ ageGroup: '18-24' })).toEqual(['under-25']);
    expect(factorsOf({ ageGroup: '65-plus' })).toEqual(['older-adult']);
    for (const state of ['pregnant', 'could-become-pregnant', 'breastfeeding'] as const) expect(factorsOf({ pregnancy: [state] })).toEqual(['pregnancy']);
    expect(factorsOf({ bipolar: 'yes' })).toEqual(['bipolar']);
    expect(factorsOf({ substanceUse: 'yes' })).toEqual(['substance-use']);
    expect(factorsOf({ suicidalThoughts: 'yes' })).toEqual(['suicidal-thoughts']);
    expect(factorsOf({ healthConditions: ['seizures', 'heart', 'liver-kidney'] })).toEqual(['heart', 'liver-kidney', 'seizures']);
    expect(factorsOf({ otherMedicines: 'yes' })).toEqual(['other-medicines']);
    // Naming a medicine counts even if the yes/no was left blank; spaces alone do not.
    expect(factorsOf({ otherMedicinesList: 'St John’s wort' })).toEqual(['other-medicines']);
    expect(factorsOf({ otherMedicinesList: '   ' })).toEqual([]);
  });

  it('turns on the safety plan only when thoughts of suicide are recorded as yes', () => {
    expect(needsSafetyPlan(about({ suicidalThoughts: 'yes' }))).toBe(true);
    expect(needsSafetyPlan(about({ suicidalThoughts: 'no' }))).toBe(false);
    expect(needsSafetyPlan(about({}))).toBe(false);
  });

  it('knows which options include medicine', () => {
    expect(['therapy', 'medication', 'combined', 'waiting', null].map((option) => includesMedicine(option as never))).toEqual([false, true, true, false, false]);
  });
});

describe('cautions for the person', () => {
  const caution = (id: string, appliesTo?: Caution['appliesTo']): Caution => ({ id, kind: 'medicine-safety', text: { en: id, es: id }, sourceIds: [], ...(appliesTo ? { appliesTo } : {}) });
  const cautions = [caution('general'), caution('young', ['under-25']), caution('heart', ['heart', 'older-adult']), caution('pregnancy', ['pregnancy'])];

  it('picks those with any matching tag, in the content order', () => {
    const factors = personalFactors(about({ ageGroup: '65-plus', pregnancy: ['pregnant'] }));
    expect(cautionsForPerson(cautions, factors).map((c) => c.id)).toEqual(['heart', 'pregnancy']);
    expect(cautionsForPerson(cautions, personalFactors(about({})))).toEqual([]);
  });
});
