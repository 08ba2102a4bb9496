import { daysBetween, dueState, type DueState } from '../../../../shared/domain/episode';
import type { SessionSummary } from '../../../../shared/session';

export interface DueEpisode {
  session: SessionSummary;
  state: Extract<DueState, 'overdue' | 'due-soon'>;
  /** Days from today to the review date: negative when it has passed. */
  days: number;
}

/**
 * The episodes Home lists first: review date passed or within the next 7 days, the longest overdue first; on the same
 * date, the patient's label in order, so the list does not jump about.
 */
export function dueEpisodes(sessions: readonly SessionSummary[], today: string): DueEpisode[] {
  const due: DueEpisode[] = [];
  for (const session of sessions) {
    const state = dueState(session.reviewDate, today);
    if (state === 'overdue' || state === 'due-soon') due.push({ session, state, days: daysBetween(today, session.reviewDate) });
  }
  return due.sort((a, b) => a.days - b.days || a.session.patientLabel.localeCompare(b.session.patientLabel));
}
