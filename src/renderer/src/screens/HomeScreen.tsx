import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../shared/locale';
import type { SessionSummary } from '../../../shared/session';
import { useSessions, useSetOpenSession } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { findCondition } from '../components/findCondition';
import { LockButton } from '../lock/LockButtons';
import { hrefFor } from '../routing/routes';
import { DueForReview } from './home/DueForReview';
import { useSessionRecords } from './home/useSessionRecords';
import { useUiLocale } from '../i18n';
import { usePracticeServerStatus } from '../practice-server/hooks';
import { PracticeServerStatusLine } from '../practice-server/PracticeServerStatusLine';
import { SyncConflictsPanel } from '../practice-server/SyncConflictsPanel';

/** Start a session or reopen a recent one. Reaching Home means no session is open any more. */
export function HomeScreen() {
  const { t } = useTranslation('home');
  const { t: tr } = useTranslation('records');
  const { t: td } = useTranslation('dashboard');
  const sessions = useSessions();
  const records = useSessionRecords();
  const { mutate: setOpenSession } = useSetOpenSession();
  const practiceServer = usePracticeServerStatus();

  useEffect(() => {
    setOpenSession(null);
  }, [setOpenSession]);

  return (
    <main id="main-content" tabIndex={-1} className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="home-actions">
        <a className="button button-primary" href={hrefFor({ name: 'new' })}>
          {t('start')}
        </a>
        <LockButton />
      </p>
      <PracticeServerStatusLine status={practiceServer.data} />
      {practiceServer.data && <SyncConflictsPanel conflictCount={practiceServer.data.conflicts} />}

      {sessions.data && sessions.data.length > 0 && <DueForReview sessions={sessions.data} />}

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('recent')}</h2>
        {sessions.isPending && <p role="status">{t('loading')}</p>}
        {sessions.isError && <ErrorMessage error={sessions.error} onRetry={() => void sessions.refetch()} />}
        {sessions.data && sessions.data.length === 0 && <p>{t('none')}</p>}
        {records.panel}
        {sessions.data && sessions.data.length > 0 && <SessionTable sessions={sessions.data} rowActions={records.rowActions} />}
      </section>

      <nav aria-label={t('moreLabel')} className="home-links">
        <ul>
          <li>
            <a href={hrefFor({ name: 'settings' })}>{t('settingsLink')}</a>
          </li>
          <li>
            <a href={hrefFor({ name: 'about' })}>{t('aboutLink')}</a>
          </li>
          <li>
            <a href={hrefFor({ name: 'audit' })}>{tr('auditLink')}</a>
          </li>
          <li>
            <a href={hrefFor({ name: 'dashboard' })}>{td('homeLink')}</a>
          </li>
        </ul>
      </nav>
    </main>
  );
}

function SessionTable({
  sessions,
  rowActions,
}: {
  sessions: SessionSummary[];
  rowActions: (session: SessionSummary) => ReactNode;
}) {
  const { t } = useTranslation('home');
  const { t: tc } = useTranslation('common');
  const uiLocale = useUiLocale();
  const dateFormat = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' });
  const conditionName = (id: string) => {
    const condition = findCondition(id);
    return condition ? pick(condition.name, uiLocale) : tc('unknownCondition.name');
  };
  const newestFirst = [...sessions].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const columns = {
    date: t('columns.date'),
    patient: t('columns.patient'),
    condition: t('columns.condition'),
    status: t('columns.status'),
  };
  return (
    <table className="session-table">
      <caption className="visually-hidden">{t('recent')}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.date}</th>
          <th scope="col">{columns.patient}</th>
          <th scope="col">{columns.condition}</th>
          <th scope="col">{columns.status}</th>
          <th scope="col">
            <span className="visually-hidden">{t('columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((session) => (
          <tr key={session.id}>
            <td data-label={columns.date}>
              <time dateTime={session.updatedAt}>{dateFormat.format(new Date(session.updatedAt))}</time>
            </td>
            <th scope="row" data-label={columns.patient}>
              {session.patientLabel}
            </th>
            <td data-label={columns.condition}>{conditionName(session.conditionId)}</td>
            <td data-label={columns.status}>
              <span className={`status status-${session.status}`}>
                <span aria-hidden="true">{session.status === 'agreed' ? '✓ ' : ''}</span>
                {tc(`status.${session.status}`)}
              </span>
            </td>
            <td>
              <div className="session-row-actions">
                <a className="button button-secondary" href={hrefFor({ name: 'session', id: session.id })}>
                  {t('open')}
                  <span className="visually-hidden"> {t('openFor', { label: session.patientLabel })}</span>
                </a>
                {rowActions(session)}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
