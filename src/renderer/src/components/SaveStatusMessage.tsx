import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './answersSaver';

/** A polite live region that is always in the page, so each change of status is announced. */
export function SaveStatusMessage({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div className={`save-status save-status-${status}`}>
      <p aria-live="polite" role="status">
        {status === 'saved' && (
          <>
            <span aria-hidden="true">✓ </span>
            {t('save.saved')}
          </>
        )}
        {(status === 'saving' || status === 'pending') && t('save.saving')}
        {status === 'error' && (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('save.error')}
          </>
        )}
      </p>
      {status === 'error' && (
        <button type="button" className="button button-secondary button-small" onClick={onRetry}>
          {t('actions.tryAgain')}
        </button>
      )}
    </div>
  );
}
