import { useTranslation } from 'react-i18next';
import { getSource } from '../../content';
import { considerations } from '../../content/catalog';
import { conditionFitOverrides, considerationFit, type FitMapping } from '../../../../shared/content/consideration-fit';
import type { Condition, Source } from '../../../../shared/content/schema';
import { fitLean, fitMappingFor, fitScores, type FitContribution, type OptionFit } from '../../../../shared/domain/fit';
import { pick, type Locale } from '../../../../shared/locale';
import type { Answers } from '../../../../shared/session';
import { useOptionName } from '../../components/useOptionName';
import '../../styles/quality.css';

/** Importance is 0–4 (the session schema checks it). */
const RATING_KEYS = ['values.ratings.0', 'values.ratings.1', 'values.ratings.2', 'values.ratings.3', 'values.ratings.4'] as const;

interface FitPanelProps {
  condition: Condition;
  importance: Answers['importance'];
  locale: Locale;
}

/**
 * Side by side, for every option (always in the content's order, never ranked): which of the patient's ratings
 * point toward it and away from it, with the reason for each, and a neutral sentence. Direction is given in
 * words and marks, not by colour.
 */
export function FitPanel({ condition, importance, locale }: FitPanelProps) {
  const { t } = useTranslation('values', { lng: locale });
  // The condition's own table: a general line never claims more than this condition's evidence (review M11).
  const mapping = fitMappingFor(considerationFit, conditionFitOverrides, condition.id);
  const fits = fitScores(importance, mapping, condition.options.map((option) => option.kind));
  const anythingRated = Object.values(importance).some((rating) => rating > 0);

  return (
    <section aria-labelledby="values-fit" className="fit-panel">
      <h2 id="values-fit">{t('fit.heading')}</h2>
      <p>{t('fit.intro')}</p>
      {anythingRated ? (
        <>
          <ul className="fit-options">
            {fits.map((fit) => (
              <li key={fit.option}>
                <OptionFitCard fit={fit} mapping={mapping} locale={locale} />
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('fit.caveat')}</p>
        </>
      ) : (
        <p className="note">{t('fit.noRatings')}</p>
      )}
    </section>
  );
}

function OptionFitCard({ fit, mapping, locale }: { fit: OptionFit; mapping: FitMapping; locale: Locale }) {
  const { t } = useTranslation('values', { lng: locale });
  const optionName = useOptionName(locale);
  const headingId = `fit-${fit.option}`;
  return (
    <article className="fit-option" aria-labelledby={headingId}>
      <h3 id={headingId}>{optionName(fit.option)}</h3>
      <p className="fit-summary">{t(`fit.summary.${fitLean(fit)}`)}</p>
      <ContributionList title={t('fit.toward')} mark="+" markLabel={t('fit.towardMark')} items={fit.toward} option={fit} mapping={mapping} locale={locale} />
      <ContributionList title={t('fit.away')} mark="−" markLabel={t('fit.awayMark')} items={fit.away} option={fit} mapping={mapping} locale={locale} />
      {fit.neutral.length > 0 && (
        <ContributionList title={t('fit.neutral')} mark="=" markLabel={t('fit.neutralMark')} items={fit.neutral} option={fit} mapping={mapping} locale={locale} />
      )}
    </article>
  );
}

/** "Hollon 2005", "NICE 2018": enough to find the source in the list on the About screen and the print. */
function shortCitation(source: Source): string {
  const body = /\(([A-Z]+)\)/.exec(source.authors)?.[1];
  return `${body ?? source.authors.split(/[ ,]/)[0]} ${source.year}`;
}

interface ContributionListProps {
  title: string;
  mark: string;
  markLabel: string;
  items: FitContribution[];
  option: OptionFit;
  mapping: FitMapping;
  locale: Locale;
}

function ContributionList({ title, mark, markLabel, items, option, mapping, locale }: ContributionListProps) {
  const { t } = useTranslation('values', { lng: locale });
  const { t: ts } = useTranslation('steps', { lng: locale });
  return (
    <>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="fit-none">{t('fit.none')}</p>
      ) : (
        <ul className="fit-contributions">
          {items.map((item) => {
            const consideration = considerations.find((candidate) => candidate.id === item.considerationId);
            const fitCell = mapping[item.considerationId]?.[option.option];
            const basis = fitCell?.basis;
            const sources = basis && basis !== 'what-the-option-is' ? basis.sourceIds.map(getSource) : [];
            return (
              <li key={item.considerationId}>
                <span className="fit-mark" aria-hidden="true">
                  {mark}
                </span>
                <span className="visually-hidden">{markLabel} </span>
                <strong>{consideration ? pick(consideration.label, locale) : item.considerationId}</strong>{' '}
                ({t('fit.youSaid', { rating: ts(RATING_KEYS[item.importance] ?? RATING_KEYS[0]) })}).{' '}
                {fitCell && pick(fitCell.reason, locale)}
                {sources.length > 0 && (
                  <span className="fit-source">
                    {' '}
                    ({t('fit.source')} {sources.map(shortCitation).join('; ')})
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
