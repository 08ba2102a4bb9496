import type { AGE_GROUPS, Session } from '../../src/shared/session';
import type { ConditionId } from '../../src/shared/content/schema';
import type { DuetApi } from '../../src/shared/contract';

type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * Care episodes seeded through the real operations (the test api), for the practice outcomes: each one created,
 * its first visit answered (age group, leaning, agreed plan, a baseline score dated `daysAgo` before today), then
 * one follow-up visit today with a second score. So every follow-up falls `daysAgo` days after the baseline.
 */
export interface SeedEpisode {
  condition: ConditionId;
  ageGroup: AgeGroup | null;
  /** GAD-7 for anxiety, PHQ-9 otherwise. */
  baseline: number;
  followUp: number;
  daysAgo: number;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`Seeding failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function dayBefore(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Item answers (0–3 each) adding up to `total`. */
function items(prefix: string, count: number, total: number): Record<string, number> {
  const values = Array.from({ length: count }, (_, index) => Math.min(3, Math.max(0, total - index * 3)));
  return Object.fromEntries(values.map((item, index) => [`${prefix}.${index + 1}`, item]));
}

function measure(condition: ConditionId, total: number) {
  const instrument = condition === 'anxiety' || condition === 'ocd' ? 'gad7' : 'phq9';
  return { instrument, answers: items(instrument, instrument === 'gad7' ? 7 : 9, total), workNotApplicable: false } as const;
}

export async function seedEpisodes(api: DuetApi, episodes: SeedEpisode[]): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const [index, episode] of episodes.entries()) {
    const session = value(
      await api.createSession({
        clinicianName: index % 2 === 0 ? 'Dr. Rivera' : 'Dr. Okafor',
        patientLabel: `Seeded patient ${index + 1}`,
        conditionId: episode.condition,
        language: 'en',
        decisionRole: 'shared',
      }),
    );
    const answers = structuredClone(session.answers);
    answers.aboutYou.ageGroup = episode.ageGroup;
    answers.leaning = 'therapy';
    answers.baseline = { date: dayBefore(episode.daysAgo), measures: [measure(episode.condition, episode.baseline)] };
    answers.plan = { ...answers.plan, agreedOption: 'therapy', patientConfirmed: true, clinicianConfirmed: true };
    value(await api.saveAnswers({ id: session.id, answers }));
    const started = value(await api.startFollowUp({ id: session.id }));
    const visit = started.followUps.at(-1)!;
    sessions.push(
      value(
        await api.saveFollowUp({
          id: session.id,
          visitId: visit.id,
          visit: { date: dayBefore(0), measures: [measure(episode.condition, episode.followUp)], patientWords: 'Free text that must never be exported' },
        }),
      ) as Session,
    );
  }
  return sessions;
}
