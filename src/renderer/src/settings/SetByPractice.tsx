import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/settings';

/** Settings the practice's policy file sets, from getSettings (main refuses changing them too). */
export function isSetByPractice(settings: Pick<Settings, 'policyLocked'>, name: keyof Settings): boolean {
  return settings.policyLocked?.includes(name) ?? false;
}

/**
 * A setting the practice set: its controls are disabled (a disabled fieldset disables every control inside), and
 * the group is named, and visibly marked, "Set by your practice". Renders the children unchanged otherwise.
 */
export function SetByPractice({ locked, children }: { locked: boolean; children: ReactNode }) {
  const { t } = useTranslation('settings');
  const noteId = useId();
  if (!locked) return <>{children}</>;
  return (
    <fieldset className="set-by-practice" disabled aria-labelledby={noteId}>
      <p id={noteId} className="set-by-practice-note">
        {t('setByPractice')}
      </p>
      {children}
    </fieldset>
  );
}
