import { useTranslation } from 'react-i18next';
import { AUDIT_LIST_LIMIT } from '../../../shared/audit';
import { useAuditLog } from '../api/hooks';
import { BackHomeLink, PageShell, QueryStates } from '../components/PageShell';
import { useUiLocale } from '../i18n';
import '../styles/records.css';

/** A short, stable way to tell sessions apart in the log without naming anyone. */
export function sessionReference(id: string): string {
  return id.slice(0, 8);
}

/** The activity log (audit.log), newest first: when, what, and which session by number only. */
export function AuditScreen() {
  const { t } = useTranslation('records');
  const log = useAuditLog();
  const dateFormat = new Intl.DateTimeFormat(useUiLocale(), { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <PageShell title={t('audit.title')} back={<BackHomeLink />}>
      <p className="lead">{t('audit.intro')}</p>
      <QueryStates query={log} loading={t('audit.loading')}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{t('audit.none')}</p>
          ) : (
            <>
              {entries.length >= AUDIT_LIST_LIMIT && <p>{t('audit.limit', { count: AUDIT_LIST_LIMIT })}</p>}
              <table className="audit-table">
                <caption className="visually-hidden">{t('audit.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.columns.when')}</th>
                    <th scope="col">{t('audit.columns.action')}</th>
                    <th scope="col">{t('audit.columns.session')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry, index) => (
                    <tr key={`${entry.at}-${entry.sessionId}-${entry.action}-${index}`}>
                      <td>
                        <time dateTime={entry.at}>{dateFormat.format(new Date(entry.at))}</time>
                      </td>
                      <td>{t(`audit.actions.${entry.action}`)}</td>
                      <td>
                        <code title={entry.sessionId}>{sessionReference(entry.sessionId)}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </QueryStates>
    </PageShell>
  );
}
