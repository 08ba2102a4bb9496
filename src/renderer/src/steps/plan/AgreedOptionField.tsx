import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTION_KINDS, type OptionKind } from '../../../../shared/content/ids';
import type { Condition } from '../../../../shared/content/schema';
import { includesMedicine } from '../../../../shared/domain/personal-factors';
import { pick, type Locale } from '../../../../shared/locale';
import type { Answers } from '../../../../shared/session';
import { RadioGroup } from '../../components/RadioGroup';
import { useOptionName } from '../../components/useOptionName';
import { chooseOption, toggleModality } from './planAnswers';

interface AgreedOptionFieldProps {
  condition: Condition;
  answers: Answers;
  onChange: (next: Answers) => void;
  locale: Locale;
}

/**
 * Which of the four options was agreed, then which of that option's treatments; for an option with medicine, how
 * to stop a medicine safely (not shown on therapy-only or waiting plans).
 */
export function AgreedOptionField({ condition, answers, onChange, locale }: AgreedOptionFieldProps) {
  const { t } = useTranslation('plan', { lng: locale });
  const optionName = useOptionName(locale);
  const modalitiesId = useId();
  const kinds = OPTION_KINDS.filter((kind) => condition.options.some((option) => option.kind === kind));
  const agreed = condition.options.find((option) => option.kind === answers.plan.agreedOption);
  return (
    <section className="plan-section" aria-labelledby={`${modalitiesId}-heading`}>
      <h2 id={`${modalitiesId}-heading`}>{t('agreedOption.title')}</h2>
      <RadioGroup<OptionKind>
        legend={t('agreedOption.legend')}
        value={answers.plan.agreedOption}
        onChange={(kind) => onChange(chooseOption(answers, condition, kind))}
        choices={kinds.map((kind) => ({ value: kind, label: optionName(kind) }))}
      />
      {agreed && agreed.modalities.length > 0 && (
        <fieldset className="plan-modalities" aria-describedby={`${modalitiesId}-hint`}>
          <legend className="field-label">{t('agreedOption.modalitiesLegend')}</legend>
          <p className="field-hint" id={`${modalitiesId}-hint`}>
            {t('agreedOption.modalitiesHint')}
          </p>
          <div className="choices">
            {agreed.modalities.map((modality) => {
              const descriptionId = `${modalitiesId}-${modality.id}`;
              return (
                <label className="choice" key={modality.id}>
                  <input
                    type="checkbox"
                    checked={answers.plan.modalityIds.includes(modality.id)}
                    onChange={() => onChange(toggleModality(answers, condition, modality.id))}
                    aria-describedby={descriptionId}
                  />
                  <span className="choice-text">
                    <span className="choice-label">
                      {pick(modality.name, locale)}
                      {modality.abbreviation && ` (${pick(modality.abbreviation, locale)})`}
                    </span>
                    <span className="choice-description" id={descriptionId}>
                      {pick(modality.description, locale)}
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      )}
      {agreed && agreed.modalities.length === 0 && <p className="field-hint">{t('agreedOption.noModalities')}</p>}
      {includesMedicine(answers.plan.agreedOption) && (
        <div className="note plan-taper-rule">
          <h3>{t('details.taperTitle')}</h3>
          <p>{t('details.taperRule')}</p>
        </div>
      )}
    </section>
  );
}
