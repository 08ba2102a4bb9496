import { useTranslation } from 'react-i18next';
import { useAppLock } from './appLock';

/** Locks Duet at once, e.g. before the clinician steps out. Not shown without a lock gate around the screen. */
export function LockButton() {
  const { t } = useTranslation('lock');
  const appLock = useAppLock();
  if (!appLock) return null;
  return (
    <button type="button" className="button button-secondary lock-button" onClick={() => appLock.lock()}>
      {t('actions.lock')}
    </button>
  );
}

/**
 * The end of a visit: saves what is pending, closes the session (a restart will not reopen it) and locks, so the
 * next person at the keyboard sees nothing of it. After unlocking, Duet starts at Home.
 */
export function EndSessionButton() {
  const { t } = useTranslation('lock');
  const appLock = useAppLock();
  if (!appLock) return null;
  return (
    <button
      type="button"
      className="button button-secondary"
      title={t('actions.endSessionHint')}
      onClick={() => appLock.lock({ endSession: true })}
    >
      {t('actions.endSession')}
    </button>
  );
}
