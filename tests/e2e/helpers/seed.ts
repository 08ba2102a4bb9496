import { emptyAnswers, type Answers } from '../../../src/shared/session';
import type { StepId } from '../../../src/shared/steps';

/** Answers with something on every step, so every screen has its full set of controls to check. */
export function answeredEverywhere(currentStep: StepId = 'condition'): Answers {
  const answers = emptyAnswers();
  return {
    ...answers,
    currentStep,
    furthestStep: 'plan',
    optionsOfInterest: ['therapy', 'combined'],
    comparedOptions: ['therapy', 'combined'],
    worries: 'Side effects at work',
    questions: 'How soon will I notice a change?',
    leaning: 'combined',
    plan: {
      ...answers.plan,
      agreedOption: 'combined',
      goals: ['Sleep through most nights', 'Walk with my sister twice a week'],
      nextSteps: [{ text: 'Book the first therapy appointment', date: '2026-12-15', done: false }],
      careTeam: [{ role: 'Therapist', name: 'Sam Lee', contact: '555-0142' }],
      reviewDate: '2027-01-20',
      crisisContacts: 'Sister: 555-0188',
      progressMeasures: 'Mood score at every visit',
      sequencing: 'Therapy starts next week; medicine is reviewed in four weeks',
      coordination: 'Therapist and prescriber talk once a month',
      monitoring: 'Side effects and mood every visit',
      warningSigns: 'Sleeping badly, skipping walks',
      copingSteps: 'Call my sister, book an early visit',
      patientConfirmed: true,
      clinicianConfirmed: true,
    },
  };
}
