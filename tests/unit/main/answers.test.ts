import { describe, expect, it } from 'vitest';
import { applyAnswers, summarise } from '../../../src/shared/domain/answers';
import { emptyAnswers, type Answers } from '../../../src/shared/session';
import { answersWithPlan, sampleSession } from '../../support/sessions';

const monday = new Date('2025-05-05T09:00:00.000Z');
const tuesday = new Date('2025-05-06T09:00:00.000Z');
const bothConfirmed = { agreedOption: 'combined', patientConfirmed: true, clinicianConfirmed: true } as const;

describe('applyAnswers', () => {
  it('stores the answers and sets updatedAt', () => {
    const answers: Answers = { ...emptyAnswers(), worries: 'Sleep', currentStep: 'options', furthestStep: 'options' };
    const next = applyAnswers(sampleSession(), answers, monday);
    expect(next.answers.worries).toBe('Sleep');
    expect(next.updatedAt).toBe(monday.toISOString());
    expect(next.createdAt).toBe(sampleSession().createdAt);
  });

  it('sets agreedAt once an option is chosen and both confirm', () => {
    const next = applyAnswers(sampleSession(), answersWithPlan(bothConfirmed), monday);
    expect(next.answers.plan.agreedAt).toBe(monday.toISOString());
  });

  it.each([
    ['only the patient confirmed', { ...bothConfirmed, clinicianConfirmed: false }],
    ['only the clinician confirmed', { ...bothConfirmed, patientConfirmed: false }],
    ['no option chosen', { ...bothConfirmed, agreedOption: null }],
  ])('leaves agreedAt empty when %s', (_case, plan) => {
    expect(applyAnswers(sampleSession(), answersWithPlan(plan), monday).answers.plan.agreedAt).toBeNull();
  });

  it('ignores an agreedAt sent by the page', () => {
    const next = applyAnswers(sampleSession(), answersWithPlan({ agreedAt: '1999-01-01T00:00:00.000Z' }), monday);
    expect(next.answers.plan.agreedAt).toBeNull();
  });

  it('keeps the first agreedAt while they still agree to the same plan', () => {
    const agreed = applyAnswers(sampleSession(), answersWithPlan(bothConfirmed), monday);
    const saved = applyAnswers(agreed, { ...answersWithPlan(bothConfirmed), worries: 'Sleep' }, tuesday);
    expect(saved.answers.plan.agreedAt).toBe(monday.toISOString());
    expect(saved.updatedAt).toBe(tuesday.toISOString());
    expect(saved.planVersions.map((version) => version.version)).toEqual([1]);
  });

  it('dates an agreed plan with new content afresh: a changed plan is a new version', () => {
    const agreed = applyAnswers(sampleSession(), answersWithPlan(bothConfirmed), monday);
    const edited = applyAnswers(agreed, answersWithPlan({ ...bothConfirmed, goals: ['Walk daily'] }), tuesday);
    expect(edited.answers.plan.agreedAt).toBe(tuesday.toISOString());
    expect(edited.planVersions.map((version) => [version.version, version.agreedAt])).toEqual([
      [1, monday.toISOString()],
      [2, tuesday.toISOString()],
    ]);
  });

  it('clears agreedAt when either withdraws; confirming the same plan again is the same version, with its date', () => {
    const agreed = applyAnswers(sampleSession(), answersWithPlan(bothConfirmed), monday);
    const withdrawn = applyAnswers(agreed, answersWithPlan({ ...bothConfirmed, patientConfirmed: false }), tuesday);
    expect(withdrawn.answers.plan.agreedAt).toBeNull();
    expect(withdrawn.planVersions).toEqual(agreed.planVersions);
    const reagreed = applyAnswers(withdrawn, answersWithPlan(bothConfirmed), tuesday);
    expect(reagreed.answers.plan.agreedAt).toBe(monday.toISOString());
    expect(reagreed.planVersions).toEqual(agreed.planVersions);
  });

  it('clears agreedAt when the option is cleared', () => {
    const agreed = applyAnswers(sampleSession(), answersWithPlan(bothConfirmed), monday);
    const cleared = applyAnswers(agreed, answersWithPlan({ ...bothConfirmed, agreedOption: null }), tuesday);
    expect(cleared.answers.plan.agreedAt).toBeNull();
  });

  it('dates a change of agreed option as a new agreement', () => {
    const agreed = applyAnswers(sampleSession(), answersWithPlan(bothConfirmed), monday);
    const changed = applyAnswers(agreed, answersWithPlan({ ...bothConfirmed, agreedOption: 'therapy' }), tuesday);
    expect(changed.answers.plan.agreedAt).toBe(tuesday.toISOString());
  });

  it('never moves furthestStep backwards', () => {
    const reached = applyAnswers(
      sampleSession(),
      { ...emptyAnswers(), currentStep: 'values', furthestStep: 'values' },
      monday,
    );
    const back = applyAnswers(reached, { ...emptyAnswers(), currentStep: 'options', furthestStep: 'condition' }, tuesday);
    expect(back.answers.furthestStep).toBe('values');
    expect(back.answers.currentStep).toBe('options');
  });

  it('moves furthestStep up to the current step if the page lagged behind', () => {
    const next = applyAnswers(sampleSession(), { ...emptyAnswers(), currentStep: 'myths', furthestStep: 'options' }, monday);
    expect(next.answers.furthestStep).toBe('myths');
  });

  it('does not change the session it was given', () => {
    const session = sampleSession();
    const copy = structuredClone(session);
    applyAnswers(session, answersWithPlan(bothConfirmed), monday);
    expect(session).toEqual(copy);
  });
});

describe('summarise', () => {
  it('shows in-progress until agreed, then agreed', () => {
    const session = sampleSession();
    expect(summarise(session)).toEqual({
      id: session.id,
      patientLabel: session.patientLabel,
      conditionId: session.conditionId,
      language: session.language,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      status: 'in-progress',
      reviewDate: '',
      followUpCount: 0,
      lastScore: null,
    });
    expect(summarise(applyAnswers(session, answersWithPlan(bothConfirmed), monday)).status).toBe('agreed');
  });

  it('leaves out what the people typed', () => {
    const summary = summarise({ ...sampleSession(), answers: { ...emptyAnswers(), worries: 'private' } });
    expect(JSON.stringify(summary)).not.toContain('private');
    expect(summary).not.toHaveProperty('answers');
    expect(summary).not.toHaveProperty('clinicianName');
  });
});
