import { Trans, useTranslation } from 'react-i18next';
import type { Outcome } from '../../../../shared/content/schema';
import { getSource } from '../../content';
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

/** One whole sentence per effect, so each language orders and punctuates it its own way. */
function effectKey(effect: Effect) {
  const withInterval = effect.ciLow !== undefined && effect.ciHigh !== undefined;
  if (effect.measure === 'percent') return withInterval ? 'outcome.effect.percentWithInterval' : 'outcome.effect.percent';
  return withInterval ? 'outcome.effect.ratioWithInterval' : 'outcome.effect.ratio';
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
            <Trans
              t={t}
              i18nKey={effectKey(effect)}
              values={{
                comparison: pick(effect.comparison, locale),
                measure: effect.measure === 'percent' ? undefined : t(`measure.${effect.measure}`),
                value: formatValue(effect.value, effect.measure, locale),
                low: effect.ciLow === undefined ? undefined : formatValue(effect.ciLow, effect.measure, locale),
                high: effect.ciHigh === undefined ? undefined : formatValue(effect.ciHigh, effect.measure, locale),
              }}
              components={{ strong: <strong /> }}
            />{' '}
            <SourceCitation source={getSource(effect.sourceId)} />
          </li>
        ))}
      </ul>
    </details>
  );
}
