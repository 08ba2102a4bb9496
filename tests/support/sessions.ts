import { emptyAnswers, type Answers, type NewSession, type Session } from '../../src/shared/session';

/** A valid createSession input. */
export function newSessionInput(overrides: Partial<NewSession> = {}): NewSession {
  return {
    clinicianName: 'Dr. Rivera',
    patientLabel: 'J.M.',
    conditionId: 'depression',
    language: 'en',
    decisionRole: 'shared',
    ...overrides,
  };
}

/** A valid stored session with fixed times, for building store files by hand. */
export function sampleSession(overrides: Partial<Session> = {}): Session {
  return {
    ...newSessionInput(),
    id: '2f1c6b1e-8a54-4c1e-9a47-3f0d2f7e9b10',
    createdAt: '2025-01-02T10:00:00.000Z',
    updatedAt: '2025-01-02T10:00:00.000Z',
    answers: emptyAnswers(),
    followUps: [],
    planVersions: [],
    ...overrides,
  };
}

/** emptyAnswers() with the plan changed as given. */
export function answersWithPlan(plan: Partial<Answers['plan']>, base: Answers = emptyAnswers()): Answers {
  return { ...base, plan: { ...base.plan, ...plan } };
}
