import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../../shared/content/schema';
import { getSource } from '../../../../shared/content';
import { pick, type Locale } from '../../../../shared/locale';
import { SourceCitation } from '../../components/SourceCitation';

type Effect = Outcome['effects'][number];

/** Content stores percents as 0–100; each locale writes them its own way ("12%", "12 %"). */
function formatValue(value: number, measure: Effect['measure'], locale: Locale): string {
  if (measure === 'percent') {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  }
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** The published estimates behind the per-100 numbers, for the clinician who wants to check them. */
export function PublishedEffects({ effects, locale }: { effects: Effect[]; locale: Locale }) {
  const { t } = useTranslation('evidence', { lng: locale });
  if (effects.length === 0) return null;
  return (
    <details className="evidence-details">
      <summary>{t('outcome.forClinicians')}</summary>
      <ul className="published-effects">
        {effects.map((effect, index) => (
          <li key={`${effect.sourceId}-${index}`}>
            <strong>{pick(effect.comparison, locale)}</strong>:{' '}
            {effect.measure !== 'percent' && `${t(`measure.${effect.measure}`)} `}
            {formatValue(effect.value, effect.measure, locale)}
            {effect.ciLow !== undefined && effect.ciHigh !== undefined && (
              <>
                {' '}
                (
                {t('outcome.confidenceInterval', {
                  low: formatValue(effect.ciLow, effect.measure, locale),
                  high: formatValue(effect.ciHigh, effect.measure, locale),
                })}
                )
              </>
            )}
            . <SourceCitation source={getSource(effect.sourceId)} />
          </li>
        ))}
      </ul>
    </details>
  );
}
