import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerRetentionReview, useRetentionReview } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';

/**
 * Right after unlocking: when the practice's retention period would delete many sessions at once, main waits, and
 * this asks the person at the screen first (security review M7). A clock set wrong is the usual cause, so keeping
 * them is the first choice. With nothing to ask, the app shows at once.
 */
export function RetentionReviewGate({ children }: { children: ReactNode }) {
  const review = useRetentionReview();
  if (!review.data) return children;
  return <RetentionReviewScreen dueCount={review.data.dueCount} totalCount={review.data.totalCount} />;
}

function RetentionReviewScreen({ dueCount, totalCount }: { dueCount: number; totalCount: number }) {
  const { t } = useTranslation('lock');
  const answer = useAnswerRetentionReview();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${t('retention.title')} – Duet`;
    headingRef.current?.focus();
  }, [t]);

  const choose = (deleteNow: boolean) => {
    if (!answer.isPending) answer.mutate(deleteNow);
  };

  return (
    <main id="main-content" className="page lock-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('retention.title')}
      </h1>
      <p className="lead">{t('retention.what', { count: dueCount, total: totalCount })}</p>
      <p>{t('retention.why')}</p>
      {answer.isError && <ErrorMessage error={answer.error} />}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => choose(false)} aria-disabled={answer.isPending || undefined}>
          {t('retention.keep')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => choose(true)} aria-disabled={answer.isPending || undefined}>
          {t('retention.delete', { count: dueCount })}
        </button>
      </div>
    </main>
  );
}
