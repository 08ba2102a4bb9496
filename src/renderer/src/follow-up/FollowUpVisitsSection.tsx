import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpVisit } from '../../../shared/follow-up';
import type { Session } from '../../../shared/session';
import { useDeleteFollowUp } from '../api/hooks';
import { ModalDialog } from '../components/ModalDialog';
import { formatCalendarDate } from '../components/formatDate';
import { hrefFor } from '../routing/routes';
import { StartFollowUpButton } from './StartFollowUpButton';
import '../styles/records.css';
import '../styles/follow-up.css';

/**
 * The episode's follow-up visits on its session: each one reopens; one started by mistake can be removed after a yes
 * in a dialog. "Start a follow-up visit" adds the next one.
 */
export function FollowUpVisitsSection({ session }: { session: Session }) {
  const locale = session.language;
  const { t } = useTranslation('followUp', { lng: locale });
  const remove = useDeleteFollowUp(session.id);
  const [confirming, setConfirming] = useState<FollowUpVisit | null>(null);
  const day = (visit: FollowUpVisit) => formatCalendarDate(visit.date, locale);
  return (
    <section className="plan-section" aria-labelledby="follow-up-visits-heading">
      <h2 id="follow-up-visits-heading" tabIndex={-1}>{t('visits.title')}</h2>
      {session.followUps.length === 0 ? (
        <p>{t('visits.none')}</p>
      ) : (
        <ol className="follow-up-visits" aria-label={t('visits.listLabel')}>
          {session.followUps.map((visit) => (
            <li key={visit.id}>
              <span>
                <strong>{day(visit)}</strong> ·{' '}
                {visit.review.decision ? t('visits.decision', { decision: t(`review.decisions.${visit.review.decision}`) }) : t('visits.noDecision')}
              </span>
              <a className="button button-secondary button-small" href={hrefFor({ name: 'follow-up', id: session.id, visitId: visit.id })}>
                {t('visits.open')}
                <span className="visually-hidden"> {t('visits.openFor', { date: day(visit) })}</span>
              </a>
              <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(visit)}>
                {t('visits.remove')}
                <span className="visually-hidden"> {t('visits.removeFor', { date: day(visit) })}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {remove.isError && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('visits.removeFailed')}
        </p>
      )}
      <p>
        <StartFollowUpButton sessionId={session.id} locale={locale} />
      </p>
      {confirming && (
        <ModalDialog
          title={t('visits.removeTitle')}
          onCancel={() => setConfirming(null)}
          fallbackFocus={() => document.getElementById('follow-up-visits-heading')}
          actions={
            <>
              <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                {t('visits.keep')}
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  remove.mutate(confirming.id);
                  setConfirming(null);
                }}
              >
                {t('visits.removeConfirm')}
              </button>
            </>
          }
        >
          <p>{t('visits.removeBody', { date: day(confirming) })}</p>
        </ModalDialog>
      )}
    </section>
  );
}
