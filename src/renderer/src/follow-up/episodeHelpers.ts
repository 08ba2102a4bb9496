import type { Condition, OptionKind } from '../../../shared/content/schema';
import { asksForSafetyCheck } from '../../../shared/domain/episode';
import { includesMedicine, needsSafetyPlan } from '../../../shared/domain/personal-factors';
import type { FollowUpAnswers, FollowUpVisit } from '../../../shared/follow-up';
import { pick, type Locale } from '../../../shared/locale';
import type { MeasureResponse } from '../../../shared/measures';
import type { Answers } from '../../../shared/session';

/** The measures with `response` in place of the earlier answers of the same instrument. */
export function withResponse(measures: readonly MeasureResponse[], response: MeasureResponse): MeasureResponse[] {
  return measures.some((candidate) => candidate.instrument === response.instrument)
    ? measures.map((candidate) => (candidate.instrument === response.instrument ? response : candidate))
    : [...measures, response];
}

/** What the page saves of a visit: everything but the ids and times main keeps. */
export function answersOf(visit: FollowUpVisit): FollowUpAnswers {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...answers } = visit;
  return answers;
}

export function includesTherapy(option: OptionKind | null): boolean {
  return option === 'therapy' || option === 'combined';
}

export { includesMedicine };

/**
 * The safety plan is on the Plan step when "About you" records thoughts of suicide, or when any PHQ-9 of the episode
 * (baseline or follow-up) asked the clinician to check safety. Never a score or a label: only what was answered.
 */
export function safetyPlanShown(answers: Answers, followUps: readonly FollowUpVisit[]): boolean {
  return (
    needsSafetyPlan(answers.aboutYou) ||
    asksForSafetyCheck(answers.baseline.measures) ||
    followUps.some((visit) => visit.safetyCheck.promptedAt !== null || asksForSafetyCheck(visit.measures))
  );
}

/** What WSAS's "[problem]" stands for: the condition's name, as it reads inside a sentence. */
export function problemNames(condition: Condition): Record<Locale, string> {
  const inSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name);
  return { en: inSentence(pick(condition.name, 'en')), es: inSentence(pick(condition.name, 'es')) };
}
