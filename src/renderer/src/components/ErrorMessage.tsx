import { useTranslation } from 'react-i18next';
import { ERROR_CODES, type ErrorCode } from '../../../shared/operation-results';
import { DuetError } from '../api/client';

/** Any thrown value becomes one of the contract's codes, so the person sees plain words, never a stack. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof DuetError && (ERROR_CODES as readonly string[]).includes(error.code)) return error.code;
  return 'internal';
}

interface ErrorMessageProps {
  error: unknown;
  /** Offered as a "Try again" button when the failed work can be repeated. */
  onRetry?: () => void;
}

/** An operation's failure, translated by its error code and announced at once. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation('common');
  return (
    <div className="error-message" role="alert">
      <p>
        <strong>{t('errors.heading')}</strong> {t(`errors.${errorCodeOf(error)}`)}
      </p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('actions.tryAgain')}
        </button>
      )}
    </div>
  );
}
