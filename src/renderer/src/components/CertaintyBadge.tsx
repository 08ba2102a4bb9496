import { useTranslation } from 'react-i18next';
import { CERTAINTY_LEVELS, type Certainty } from '../../../shared/content/ids';
import type { Locale } from '../../../shared/locale';

/** Filled marks out of four: a second, non-colour cue for the level ("●●●○"). */
function marksFor(certainty: Certainty): { filled: number; total: number } {
  const total = CERTAINTY_LEVELS.length;
  return { filled: total - CERTAINTY_LEVELS.indexOf(certainty), total };
}

interface CertaintyBadgeProps {
  certainty: Certainty;
  /** Why the evidence earns this level, from the content. */
  reason: string;
  locale: Locale;
}

/** GRADE certainty in plain words, with the reason. The words carry the meaning; colour and marks only repeat it. */
export function CertaintyBadge({ certainty, reason, locale }: CertaintyBadgeProps) {
  const { t } = useTranslation('evidence', { lng: locale });
  const { filled, total } = marksFor(certainty);
  return (
    <div className={`certainty certainty--${certainty}`}>
      <p className="certainty__badge">
        <span className="certainty__marks" aria-hidden="true">
          {'●'.repeat(filled)}
          {'○'.repeat(total - filled)}
        </span>{' '}
        <span>
          {t('certainty.label')}: <strong>{t(`certainty.level.${certainty}`)}</strong>
        </span>
      </p>
      <p className="certainty__meaning">{t(`certainty.meaning.${certainty}`)}</p>
      <p className="certainty__reason">
        <strong>{t('certainty.why')}</strong> {reason}
      </p>
    </div>
  );
}
