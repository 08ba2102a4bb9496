import { followUpVisitSchema, type FollowUpVisit } from '../../src/shared/follow-up';
import { INSTRUMENTS, type InstrumentId, type MeasureResponse } from '../../src/shared/measures';
import { emptyAnswers, type PlanContent, type PlanVersion, type Session } from '../../src/shared/session';
import { sampleSession } from './sessions';

/**
 * Two care episodes for the FHIR export tests: depression (PHQ-9 18 → 14 → 8, the plan changed at the first
 * follow-up from therapy to therapy and medicine) and anxiety (GAD-7 15 → 9 → 4, one plan).
 */

/** Complete answers that add up to `total`, filling items in order up to the scale's top value. */
function answersTotalling(instrument: InstrumentId, total: number): Record<string, number> {
  const definition = INSTRUMENTS[instrument];
  const top = Math.max(...definition.options.map((option) => option.value));
  let left = total;
  return Object.fromEntries(
    definition.items.map((item) => {
      const value = Math.min(top, left);
      left -= value;
      return [item.id, value];
    }),
  );
}

function visit(id: string, date: string, measures: MeasureResponse[]): FollowUpVisit {
  return followUpVisitSchema.parse({
    id,
    createdAt: `${date}T15:00:00.000Z`,
    updatedAt: `${date}T15:30:00.000Z`,
    date,
    clinicianName: 'Dr. Rivera',
    measures,
    patientWords: 'Sleeping better, still tired in the mornings.',
    nextReviewDate: '',
  });
}

const measure = (instrument: MeasureResponse['instrument'], total: number): MeasureResponse => ({
  instrument,
  answers: answersTotalling(instrument, total),
  workNotApplicable: false,
});

function planContent(overrides: Partial<PlanContent>): PlanContent {
  const { patientConfirmed: _p, clinicianConfirmed: _c, agreedAt: _a, ...content } = emptyAnswers().plan;
  return { ...content, ...overrides };
}

export const DEPRESSION_IDS = {
  session: '2f1c6b1e-8a54-4c1e-9a47-3f0d2f7e9b10',
  week6: '7d3b0c52-0a5e-4f0b-8e0e-52a7c0f6b001',
  week12: '7d3b0c52-0a5e-4f0b-8e0e-52a7c0f6b002',
};

export function depressionEpisode(): Session {
  const v1: PlanVersion = {
    version: 1,
    agreedAt: '2026-01-05T10:40:00.000Z',
    followUpId: null,
    plan: planContent({
      agreedOption: 'therapy',
      modalityIds: ['cbt'],
      goals: ['Back to work three days a week', 'Walk the dog every morning'],
      reviewDate: '2026-02-16',
      crisisContacts: 'Crisis line 988',
      warningSigns: 'Staying in bed past noon',
    }),
  };
  const v2: PlanVersion = {
    version: 2,
    agreedAt: '2026-02-16T15:20:00.000Z',
    followUpId: DEPRESSION_IDS.week6,
    plan: planContent({
      agreedOption: 'combined',
      modalityIds: ['cbt', 'ssri'],
      goals: ['Back to work three days a week', 'See friends once a week'],
      reviewDate: '2026-03-30',
      crisisContacts: 'Crisis line 988',
    }),
  };
  // Retired: the work item is ticked "not applicable", so the WSAS has four ratings and no total.
  const wsasNotWorking: MeasureResponse = {
    instrument: 'wsas',
    answers: { 'wsas.1': null, 'wsas.2': 3, 'wsas.3': 3, 'wsas.4': 2, 'wsas.5': 4 },
    workNotApplicable: true,
  };
  // Left part way: two of seven items.
  const baselineGad = { instrument: 'gad7' as const, answers: { 'gad7.1': 2, 'gad7.2': 1, 'gad7.3': null }, workNotApplicable: false };
  const answers = emptyAnswers();
  return sampleSession({
    id: DEPRESSION_IDS.session,
    patientLabel: 'J.M.',
    conditionId: 'depression',
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-03-30T15:30:00.000Z',
    answers: {
      ...answers,
      worries: 'That medicine will change who I am.',
      baseline: { date: '2026-01-05', measures: [measure('phq9', 18), baselineGad, measure('wsas', 22)] },
      plan: { ...answers.plan, ...v2.plan, patientConfirmed: true, clinicianConfirmed: true, agreedAt: v2.agreedAt },
    },
    followUps: [
      visit(DEPRESSION_IDS.week6, '2026-02-16', [measure('phq9', 14), wsasNotWorking]),
      visit(DEPRESSION_IDS.week12, '2026-03-30', [measure('phq9', 8), measure('wsas', 9), measure('fibser', 5)]),
    ],
    planVersions: [v1, v2],
  });
}

export const ANXIETY_IDS = {
  session: '0c9e4a7b-3d21-4f6a-b8e5-9a1d2c3b4e50',
  week8: '0c9e4a7b-3d21-4f6a-b8e5-9a1d2c3b4e51',
  week16: '0c9e4a7b-3d21-4f6a-b8e5-9a1d2c3b4e52',
};

export function anxietyEpisode(): Session {
  const v1: PlanVersion = {
    version: 1,
    agreedAt: '2026-04-01T09:30:00.000Z',
    followUpId: null,
    plan: planContent({ agreedOption: 'therapy', modalityIds: ['cbt'], goals: ['Take the bus to the shops alone'], reviewDate: '2026-05-27' }),
  };
  const answers = emptyAnswers();
  return sampleSession({
    id: ANXIETY_IDS.session,
    patientLabel: 'A.K.',
    conditionId: 'anxiety',
    language: 'es',
    createdAt: '2026-04-01T09:00:00.000Z',
    updatedAt: '2026-07-22T10:00:00.000Z',
    answers: {
      ...answers,
      baseline: { date: '2026-04-01', measures: [measure('gad7', 15)] },
      plan: { ...answers.plan, ...v1.plan, patientConfirmed: true, clinicianConfirmed: true, agreedAt: v1.agreedAt },
    },
    followUps: [
      visit(ANXIETY_IDS.week8, '2026-05-27', [measure('gad7', 9), measure('phq9', 6)]),
      visit(ANXIETY_IDS.week16, '2026-07-22', [measure('gad7', 4)]),
    ],
    planVersions: [v1],
  });
}
