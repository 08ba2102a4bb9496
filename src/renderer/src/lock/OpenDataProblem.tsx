import { useTranslation } from 'react-i18next';
import { DuetError } from '../api/client';
import { ErrorMessage, errorCodeOf } from '../components/ErrorMessage';

/**
 * Why the saved data could not be opened or the key saved (at set-up or unlock). The general "could not save"
 * words would mislead here, and main's own sentence says what to do (install a newer Duet, restore key.json), so
 * it is shown too: it is written for the practice's IT person, in English.
 */
export function OpenDataProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('lock');
  if (errorCodeOf(error) !== 'storage-failed' || !(error instanceof DuetError)) return <ErrorMessage error={error} />;
  return (
    <div className="error-message" role="alert">
      <p>
        <strong>{t('openFailed.heading')}</strong> {t('openFailed.what')}
      </p>
      <p lang="en">{error.message}</p>
    </div>
  );
}
