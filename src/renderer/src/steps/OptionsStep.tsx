import { useTranslation } from 'react-i18next';
import { OPTION_KINDS, type OptionKind } from '../../../shared/content/ids';
import type { Modality, TreatmentOption } from '../../../shared/content/schema';
import { cautionsForPerson, personalFactors } from '../../../shared/domain/personal-factors';
import { pick, type Locale } from '../../../shared/locale';
import { useSettings } from '../api/hooks';
import { Cautions } from '../components/Cautions';
import { GlossaryScope } from '../components/GlossaryScope';
import { GlossaryText } from '../components/GlossaryText';
import { useOptionName } from '../components/useOptionName';
import type { StepProps } from './types';

/**
 * One card per option, benefits and harms given the same space, each markable "I want to talk about this";
 * then the condition's cautions, those for this person first ("About you"), with the practice's crisis line
 * under the red flags. The About-you answers never hide or reorder the options.
 */
export function OptionsStep({ session, condition, answers, onChange }: StepProps) {
  const { t } = useTranslation('steps');
  const locale = session.language;
  const name = pick(condition.name, locale);
  const settings = useSettings();
  const factors = personalFactors(answers.aboutYou);
  // When "About you" makes any caution apply to this person, the cautions come before the options (the options
  // themselves keep their order and nothing is hidden); otherwise they follow the options as before.
  const forPersonFirst = cautionsForPerson(condition.cautions, factors).length > 0;
  const cautions = (
    <Cautions cautions={condition.cautions} locale={locale} factors={factors} crisisLine={settings.data?.crisisLine[locale]} />
  );

  const toggleInterest = (kind: OptionKind, wanted: boolean) => {
    const chosen = new Set(answers.optionsOfInterest);
    if (wanted) chosen.add(kind);
    else chosen.delete(kind);
    onChange({ ...answers, optionsOfInterest: OPTION_KINDS.filter((k) => chosen.has(k)) });
  };

  return (
    <GlossaryScope>
      <div className="step-content">
        <p className="lead">{t('options.intro')}</p>
        {condition.completeness === 'outline' && (
          <p className="note" role="note">
            {t('options.outlineNote', { name })}
          </p>
        )}
        {forPersonFirst && cautions}
        <ul className="option-cards">
          {condition.options.map((option) => (
            <li key={option.kind}>
              <OptionCard
                option={option}
                locale={locale}
                interested={answers.optionsOfInterest.includes(option.kind)}
                onInterestChange={(wanted) => toggleInterest(option.kind, wanted)}
              />
            </li>
          ))}
        </ul>
        {!forPersonFirst && cautions}
      </div>
    </GlossaryScope>
  );
}

/** "Cognitive behavioural therapy (CBT)": the name, with its abbreviation when it has one. */
function modalityTitle(modality: Modality, locale: Locale): string {
  const name = pick(modality.name, locale);
  return modality.abbreviation ? `${name} (${pick(modality.abbreviation, locale)})` : name;
}

const INVOLVES_PARTS = ['timeEachWeek', 'howSoonItHelps', 'commonBurdens', 'costs'] as const;

interface OptionCardProps {
  option: TreatmentOption;
  locale: Locale;
  interested: boolean;
  onInterestChange: (wanted: boolean) => void;
}

function OptionCard({ option, locale, interested, onInterestChange }: OptionCardProps) {
  const { t } = useTranslation('steps');
  const title = useOptionName(locale)(option.kind);
  const headingId = `option-${option.kind}`;
  const involves = option.involves;
  const hasBenefitsOrHarms = Boolean(option.benefits?.length || option.harms?.length);
  return (
    <article className="option-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>
        <GlossaryText text={pick(option.summary, locale)} locale={locale} />
      </p>

      {option.modalities.length > 0 && (
        <>
          <h3>{t('options.modalities')}</h3>
          <dl className="modalities">
            {option.modalities.map((modality) => (
              <div key={modality.id}>
                <dt>
                  <GlossaryText text={modalityTitle(modality, locale)} locale={locale} />
                </dt>
                <dd>
                  <GlossaryText text={pick(modality.description, locale)} locale={locale} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}

      {involves && (
        <>
          <h3>{t('options.involves')}</h3>
          <dl className="involves">
            {INVOLVES_PARTS.map((key) => (
              <div key={key}>
                <dt>{t(`options.involvesParts.${key}`)}</dt>
                <dd>
                  <GlossaryText text={pick(involves[key], locale)} locale={locale} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}

      {hasBenefitsOrHarms && (
        <div className="benefits-harms">
          <section>
            <h3>{t('options.benefits')}</h3>
            {option.benefits?.length ? (
              <ul>
                {option.benefits.map((benefit) => (
                  <li key={benefit.en}>
                    <GlossaryText text={pick(benefit, locale)} locale={locale} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('options.noneListed')}</p>
            )}
          </section>
          <section>
            <h3>{t('options.harms')}</h3>
            {option.harms?.length ? (
              <ul>
                {option.harms.map((harm) => (
                  <li key={harm.en}>
                    <GlossaryText text={pick(harm, locale)} locale={locale} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('options.noneListed')}</p>
            )}
          </section>
        </div>
      )}

      {option.caveat && (
        <p className="caveat">
          <strong>{t('options.caveat')}</strong> <GlossaryText text={pick(option.caveat, locale)} locale={locale} />
        </p>
      )}

      <label className="checkbox-choice">
        {/* The name says which option, as one translated sentence; it starts with the visible words (WCAG 2.5.3). */}
        <input
          type="checkbox"
          aria-label={t('options.interestIn', { option: title })}
          checked={interested}
          onChange={(event) => onInterestChange(event.target.checked)}
        />
        <span>{t('options.interest')}</span>
      </label>
    </article>
  );
}
