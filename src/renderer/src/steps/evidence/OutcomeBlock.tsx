import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionKind, Outcome } from '../../../../shared/content/schema';
import { getSource } from '../../content';
import { pick, type Locale } from '../../../../shared/locale';
import { CertaintyBadge } from '../../components/CertaintyBadge';
import { GlossaryText } from '../../components/GlossaryText';
import { EvidenceSources } from './EvidenceSources';
import { useOptionName } from '../../components/useOptionName';
import { OptionResult, OptionResultLegend } from './OptionResult';
import { PublishedEffects } from './PublishedEffects';

interface OutcomeBlockProps {
  outcome: Outcome;
  /** Options the patient chose to see, in Duet's fixed order. */
  shown: OptionKind[];
  locale: Locale;
}

/**
 * One outcome, benefit or harm alike: what it means, who it is about, the numbers per option, how sure we are, and
 * where they come from.
 */
export function OutcomeBlock({ outcome, shown, locale }: OutcomeBlockProps) {
  const { t } = useTranslation('evidence', { lng: locale });
  const optionName = useOptionName(locale);
  const headingId = useId();
  const label = pick(outcome.label, locale);
  const results = shown.flatMap((option) => {
    const result = outcome.results.find((candidate) => candidate.option === option);
    return result ? [result] : [];
  });
  const missing = shown.filter((option) => !results.some((result) => result.option === option));
  const sources = outcome.sourceIds.map(getSource);
  const harm = outcome.kind === 'harm';
  return (
    <section className="evidence-outcome" aria-labelledby={headingId} data-outcome={outcome.id}>
      <h3 id={headingId}>
        <GlossaryText text={label} locale={locale} />
      </h3>
      <p className="evidence-outcome__definition">
        <GlossaryText text={pick(outcome.definition, locale)} locale={locale} />
      </p>
      <dl className="evidence-outcome__facts">
        <div>
          <dt>{t('outcome.who')}</dt>
          <dd>
            <GlossaryText text={pick(outcome.population, locale)} locale={locale} />
          </dd>
        </div>
        <div>
          <dt>{t('outcome.timeFrame')}</dt>
          <dd>{pick(outcome.timeFrame, locale)}</dd>
        </div>
      </dl>
      <OptionResultLegend harm={harm} locale={locale} />
      <ul className="option-results">
        {results.map((result) => (
          <OptionResult key={result.option} option={result.option} outcomeLabel={label} per100={result.per100} harm={harm} locale={locale} />
        ))}
      </ul>
      {missing.length > 0 && (
        <p className="evidence-outcome__missing">
          {t('outcome.noResult', { options: missing.map(optionName).join(', ') })}
        </p>
      )}
      <CertaintyBadge certainty={outcome.certainty} reason={pick(outcome.certaintyReason, locale)} locale={locale} />
      <details className="evidence-details">
        <summary>{t('outcome.howWeGotThem')}</summary>
        <p>
          <GlossaryText text={pick(outcome.derivation, locale)} locale={locale} />
        </p>
      </details>
      <PublishedEffects effects={outcome.effects} locale={locale} />
      <EvidenceSources sources={sources} locale={locale} />
    </section>
  );
}
