import type { Caution, OptionKind, PersonalFactor } from '../content/schema';
import type { AboutYou } from '../session';

/**
 * The personal factors the "About you" answers point to. A blank answer adds nothing: only what was recorded
 * counts. Under 18 is also under 25, because the antidepressant warning for young people covers both.
 */
export function personalFactors(about: AboutYou): Set<PersonalFactor> {
  const factors = new Set<PersonalFactor>();
  if (about.ageGroup === 'under-18') {
    factors.add('under-18');
    factors.add('under-25');
  }
  if (about.ageGroup === '18-24') factors.add('under-25');
  if (about.ageGroup === '65-plus') factors.add('older-adult');
  if (about.pregnancy.length > 0) factors.add('pregnancy');
  if (about.bipolar === 'yes') factors.add('bipolar');
  if (about.substanceUse === 'yes') factors.add('substance-use');
  if (about.suicidalThoughts === 'yes') factors.add('suicidal-thoughts');
  for (const condition of about.healthConditions) factors.add(condition);
  if (about.otherMedicines === 'yes' || about.otherMedicinesList.trim() !== '') factors.add('other-medicines');
  return factors;
}

/** A caution applies to the person when any of its tags is among their factors. */
export function cautionApplies(caution: Caution, factors: ReadonlySet<PersonalFactor>): boolean {
  return (caution.appliesTo ?? []).some((factor) => factors.has(factor));
}

/** The cautions that apply to the person, in the content's order: the plan's "Before starting, check" list. */
export function cautionsForPerson(cautions: readonly Caution[], factors: ReadonlySet<PersonalFactor>): Caution[] {
  return cautions.filter((caution) => cautionApplies(caution, factors));
}

/** Thoughts of suicide or self-harm turn on the safety plan. Never a score or a risk label: only what was said. */
export function needsSafetyPlan(about: AboutYou): boolean {
  return about.suicidalThoughts === 'yes';
}

/** Options that include taking a medicine: the plans that carry the rule about stopping medicine safely. */
export function includesMedicine(option: OptionKind | null): boolean {
  return option === 'medication' || option === 'combined';
}
