import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';

interface SafetyPromptProps {
  locale: Locale;
  /** Opens the safety plan (on the Plan step). */
  onOpenSafetyPlan: () => void;
  /** What the clinician records (follow-up visits). */
  children?: ReactNode;
}

/**
 * PHQ-9 item 9 above 0: a plain prompt to the clinician to check safety now, shown the moment the answer is chosen.
 * The short message is an alert, announced once when it appears; the link and the fields sit beside it, not in it.
 * Never a score, a level or a label.
 */
export function SafetyPrompt({ locale, onOpenSafetyPlan, children }: SafetyPromptProps) {
  const { t } = useTranslation('measures', { lng: locale });
  return (
    <div className="safety-prompt">
      <div role="alert" className="safety-prompt-message">
        <p className="safety-prompt-title">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('safety.title')}</strong>
        </p>
        <p>{t('safety.body')}</p>
      </div>
      <p>
        <button type="button" className="button button-primary" onClick={onOpenSafetyPlan}>
          {t('safety.openSafetyPlan')}
        </button>
      </p>
      {children}
    </div>
  );
}
