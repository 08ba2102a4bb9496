import { useTranslation } from 'react-i18next';
import { pick } from '../../../../shared/locale';
import { INSTRUMENTS } from '../../../../shared/measures';
import type { LastScore, SessionSummary } from '../../../../shared/session';
import { findCondition } from '../../components/findCondition';
import { formatCalendarDate } from '../../components/formatDate';
import { todayIso } from '../../follow-up/today';
import { StartFollowUpButton } from '../../follow-up/StartFollowUpButton';
import { useUiLocale } from '../../i18n';
import { hrefFor } from '../../routing/routes';
import { dueEpisodes, type DueEpisode } from './dueList';

/** An arrow beside the words, never instead of them (and never colour alone). */
const DIRECTION_MARK = { better: '↓', worse: '↑', same: '→' } as const;

/** "Due for review", first on Home: episodes whose review date has passed or falls in the next 7 days. */
export function DueForReview({ sessions }: { sessions: readonly SessionSummary[] }) {
  const { t } = useTranslation('home');
  const { t: tc } = useTranslation('common');
  const locale = useUiLocale();
  const due = dueEpisodes(sessions, todayIso());
  const columns = {
    patient: t('columns.patient'),
    condition: t('columns.condition'),
    review: t('due.columns.review'),
    lastScore: t('due.columns.lastScore'),
  };
  const conditionName = (id: string) => {
    const condition = findCondition(id);
    return condition ? pick(condition.name, locale) : tc('unknownCondition.name');
  };
  const when = (entry: DueEpisode) =>
    entry.state === 'overdue' ? t('due.overdue', { count: -entry.days }) : entry.days === 0 ? t('due.today') : t('due.soon', { count: entry.days });
  const scoreText = (score: LastScore | null) => {
    if (!score) return t('due.noScore');
    const direction = score.direction ? t(`due.direction.${score.direction}`) : t('due.firstScore');
    return `${t('due.score', { instrument: INSTRUMENTS[score.instrument].shortName, total: score.total, date: formatCalendarDate(score.date, locale) })}, ${direction}`;
  };

  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading">{t('due.title')}</h2>
      {due.length === 0 ? (
        <p>{t('due.none')}</p>
      ) : (
        <table className="session-table due-table">
          <caption className="visually-hidden">{t('due.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.patient}</th>
              <th scope="col">{columns.condition}</th>
              <th scope="col">{columns.review}</th>
              <th scope="col">{columns.lastScore}</th>
              <th scope="col">
                <span className="visually-hidden">{t('columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {due.map((entry) => (
              <tr key={entry.session.id} data-due={entry.state}>
                <th scope="row" data-label={columns.patient}>
                  {entry.session.patientLabel}
                </th>
                <td data-label={columns.condition}>{conditionName(entry.session.conditionId)}</td>
                <td data-label={columns.review}>
                  <time dateTime={entry.session.reviewDate}>{formatCalendarDate(entry.session.reviewDate, locale)}</time>
                  <br />
                  <span className={entry.state === 'overdue' ? 'due-late' : undefined}>
                    {entry.state === 'overdue' && <span aria-hidden="true">⚠ </span>}
                    {when(entry)}
                  </span>
                </td>
                <td data-label={columns.lastScore}>
                  {entry.session.lastScore?.direction && <span aria-hidden="true">{DIRECTION_MARK[entry.session.lastScore.direction]} </span>}
                  {scoreText(entry.session.lastScore)}
                </td>
                <td>
                  <div className="session-row-actions">
                    <StartFollowUpButton
                      sessionId={entry.session.id}
                      locale={locale}
                      srSuffix={t('due.startFor', { label: entry.session.patientLabel })}
                    />
                    <a className="button button-secondary" href={hrefFor({ name: 'session', id: entry.session.id })}>
                      {t('open')}
                      <span className="visually-hidden"> {t('openFor', { label: entry.session.patientLabel })}</span>
                    </a>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
