import { describe, expect, it } from 'vitest';
import { applyFollowUp, newFollowUp, removeFollowUp } from '../../../src/shared/domain/follow-up-visits';
import { applyAnswers } from '../../../src/shared/domain/answers';
import { followUpVisitSchema } from '../../../src/shared/follow-up';
import type { Session } from '../../../src/shared/session';
import { answersWithPlan, sampleSession } from '../../support/sessions';
import { seededRandom } from '../../support/seeded-random';
import { followUpAnswers, gad7, phq9 } from './episode-helpers';

const VISIT = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const at = (time: string) => new Date(`2026-03-02T${time}:00.000Z`);

function agreedEpisode(): Session {
  return applyAnswers(
    sampleSession(),
    answersWithPlan({ agreedOption: 'combined', patientConfirmed: true, clinicianConfirmed: true, goals: ['Walk daily', 'Back to work'] }),
    new Date('2026-01-05T09:00:00.000Z'),
  );
}

describe('newFollowUp', () => {
  it('adds a visit dated today, last, with the plan\'s goals to rate and nothing else filled in', () => {
    const episode = agreedEpisode();
    const copy = structuredClone(episode);
    const next = newFollowUp(episode, VISIT, at('09:00'));
    expect(episode).toEqual(copy);
    expect(next.updatedAt).toBe(at('09:00').toISOString());
    expect(next.followUps).toHaveLength(1);
    const visit = next.followUps[0]!;
    expect(followUpVisitSchema.parse(visit)).toEqual(visit);
    expect(visit).toMatchObject({
      id: VISIT,
      createdAt: at('09:00').toISOString(),
      date: '2026-03-02',
      clinicianName: episode.clinicianName,
      measures: [],
      goalProgress: [{ goal: 'Walk daily', rating: null }, { goal: 'Back to work', rating: null }],
      safetyCheck: { promptedAt: null },
      nextReviewDate: '',
      currentPart: 'measures',
    });
    expect(next.planVersions).toEqual(episode.planVersions);
  });

  it('a second visit goes last, by the clinician of the visit before', () => {
    let episode = newFollowUp(agreedEpisode(), VISIT, at('09:00'));
    episode = applyFollowUp(episode, VISIT, followUpAnswers({ clinicianName: 'Dr. Chen' }), at('09:10'))!;
    const next = newFollowUp(episode, OTHER, new Date('2026-04-06T09:00:00.000Z'));
    expect(next.followUps.map((visit) => visit.id)).toEqual([VISIT, OTHER]);
    expect(next.followUps[1]).toMatchObject({ clinicianName: 'Dr. Chen', date: '2026-04-06' });
  });
});

describe('applyFollowUp', () => {
  const started = () => newFollowUp(agreedEpisode(), VISIT, at('09:00'));

  it('saves what the page sent, keeping the visit\'s id and start, and dating the change', () => {
    const answers = followUpAnswers({ measures: [phq9(14)], patientWords: 'Better mornings', nextReviewDate: '2026-03-30' });
    const saved = applyFollowUp(started(), VISIT, answers, at('09:20'))!;
    expect(saved.updatedAt).toBe(at('09:20').toISOString());
    expect(saved.followUps[0]).toEqual({ ...answers, id: VISIT, createdAt: at('09:00').toISOString(), updatedAt: at('09:20').toISOString() });
  });

  it('an unknown visit is null, and the episode is untouched', () => {
    const episode = started();
    const copy = structuredClone(episode);
    expect(applyFollowUp(episode, OTHER, followUpAnswers(), at('09:20'))).toBeNull();
    expect(episode).toEqual(copy);
  });

  it('the page cannot set or clear when the safety prompt was shown', () => {
    const forged = followUpAnswers({ safetyCheck: { promptedAt: '2020-01-01T00:00:00.000Z', clinicianNote: '', safetyPlanReviewed: false } });
    expect(applyFollowUp(started(), VISIT, forged, at('09:20'))!.followUps[0]!.safetyCheck.promptedAt).toBeNull();
  });

  it('PHQ-9 item 9 above 0 records the prompt time once; later saves never change or clear it', () => {
    let episode = applyFollowUp(started(), VISIT, followUpAnswers({ measures: [phq9(12)] }), at('09:10'))!;
    expect(episode.followUps[0]!.safetyCheck.promptedAt).toBeNull();
    episode = applyFollowUp(episode, VISIT, followUpAnswers({ measures: [phq9(12, 1)] }), at('09:20'))!;
    expect(episode.followUps[0]!.safetyCheck.promptedAt).toBe(at('09:20').toISOString());
    // Item 9 changed back to 0, then answered again, then the page sends null: the first time stays.
    for (const [measures, time] of [[[phq9(12)], '09:30'], [[phq9(15, 3)], '09:40'], [[], '09:50']] as const) {
      const answers = followUpAnswers({ measures: [...measures], safetyCheck: { promptedAt: null, clinicianNote: 'Talked it through', safetyPlanReviewed: true } });
      episode = applyFollowUp(episode, VISIT, answers, at(time))!;
      expect(episode.followUps[0]!.safetyCheck).toEqual({ promptedAt: at('09:20').toISOString(), clinicianNote: 'Talked it through', safetyPlanReviewed: true });
    }
  });

  it('item 9 in an incomplete PHQ-9 prompts too; GAD-7 never does', () => {
    const incomplete = { instrument: 'phq9' as const, answers: { 'phq9.9': 1 }, workNotApplicable: false };
    expect(applyFollowUp(started(), VISIT, followUpAnswers({ measures: [incomplete] }), at('09:10'))!.followUps[0]!.safetyCheck.promptedAt).toBe(
      at('09:10').toISOString(),
    );
    expect(applyFollowUp(started(), VISIT, followUpAnswers({ measures: [gad7(21)] }), at('09:10'))!.followUps[0]!.safetyCheck.promptedAt).toBeNull();
  });

  it('each visit has its own prompt: another visit\'s item 9 does not touch it', () => {
    let episode = newFollowUp(started(), OTHER, at('10:00'));
    episode = applyFollowUp(episode, OTHER, followUpAnswers({ measures: [phq9(10, 2)] }), at('10:05'))!;
    expect(episode.followUps.map((visit) => visit.safetyCheck.promptedAt)).toEqual([null, at('10:05').toISOString()]);
  });

  it('property: the prompt time is the time of the first save with item 9 above 0, whatever comes after', () => {
    const random = seededRandom(9);
    for (let run = 0; run < 300; run += 1) {
      let episode = started();
      let first: string | null = null;
      for (let save = 0; save < 12; save += 1) {
        const time = new Date(at('09:00').getTime() + (save + 1) * 60_000);
        const item9 = random() < 0.2 ? 1 + Math.floor(random() * 3) : 0;
        const measures = random() < 0.2 ? [] : [phq9(Math.min(24, item9 + Math.floor(random() * 20)), item9)];
        const sentPromptedAt = random() < 0.3 ? new Date(Math.floor(random() * 2e12)).toISOString() : null;
        episode = applyFollowUp(
          episode,
          VISIT,
          followUpAnswers({ measures, safetyCheck: { promptedAt: sentPromptedAt, clinicianNote: '', safetyPlanReviewed: false } }),
          time,
        )!;
        if (first === null && measures.length > 0 && item9 > 0) first = time.toISOString();
        expect(episode.followUps[0]!.safetyCheck.promptedAt).toBe(first);
      }
    }
  });
});

describe('removeFollowUp', () => {
  it('removes the visit and keeps the plan versions agreed at it', () => {
    let episode = newFollowUp(agreedEpisode(), VISIT, at('09:00'));
    episode = applyAnswers(
      episode,
      answersWithPlan({ ...episode.answers.plan, goals: ['Walk daily'] }, episode.answers),
      at('09:30'),
    );
    expect(episode.planVersions.map((version) => version.followUpId)).toEqual([null, VISIT]);
    const removed = removeFollowUp(episode, VISIT, at('09:40'))!;
    expect(removed.followUps).toEqual([]);
    expect(removed.planVersions).toEqual(episode.planVersions);
    expect(removed.updatedAt).toBe(at('09:40').toISOString());
  });

  it('an unknown visit is null', () => {
    expect(removeFollowUp(agreedEpisode(), VISIT, at('09:40'))).toBeNull();
  });
});
