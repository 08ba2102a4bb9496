import { useTranslation } from 'react-i18next';
import { OPTION_KINDS, type OptionKind } from '../../../../shared/content/ids';
import type { Condition } from '../../../../shared/content/schema';
import type { Locale } from '../../../../shared/locale';
import type { Answers } from '../../../../shared/session';
import { useOptionName } from '../../components/useOptionName';
import '../../styles/quality.css';

interface TeachBackFieldProps {
  condition: Condition;
  answers: Answers;
  onChange: (next: Answers) => void;
  locale: Locale;
}

/** The options to say back: those the patient marked on the Options step, or every option if none were marked. */
export function teachBackOptions(condition: Condition, optionsOfInterest: readonly OptionKind[]): OptionKind[] {
  const available = OPTION_KINDS.filter((kind) => condition.options.some((option) => option.kind === kind));
  const marked = available.filter((kind) => optionsOfInterest.includes(kind));
  return marked.length > 0 ? marked : available;
}

/**
 * A clinician-facing teach-back checklist before the plan is agreed. It never blocks the agreement;
 * until it is done, the section says so plainly.
 */
export function TeachBackField({ condition, answers, onChange, locale }: TeachBackFieldProps) {
  const { t } = useTranslation('quality', { lng: locale });
  const optionName = useOptionName(locale);
  const { teachBack } = answers;
  const kinds = teachBackOptions(condition, answers.optionsOfInterest);

  const toggle = (kind: OptionKind, said: boolean) => {
    const chosen = new Set(teachBack.saidBack);
    if (said) chosen.add(kind);
    else chosen.delete(kind);
    onChange({ ...answers, teachBack: { ...teachBack, saidBack: OPTION_KINDS.filter((k) => chosen.has(k)) } });
  };

  return (
    <section className="plan-section" aria-labelledby="plan-teachback-heading">
      <h2 id="plan-teachback-heading">{t('teachBack.heading')}</h2>
      <p>
        <strong>{t('teachBack.forClinician')}</strong> {t('teachBack.instruction')}
      </p>
      <fieldset>
        <legend className="field-label">{t('teachBack.legend')}</legend>
        <div className="choices">
          {kinds.map((kind) => (
            <label className="choice" key={kind}>
              <input type="checkbox" checked={teachBack.saidBack.includes(kind)} onChange={(event) => toggle(kind, event.target.checked)} />
              <span className="choice-label">{optionName(kind)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="choices">
        <label className="choice">
          <input
            type="checkbox"
            checked={teachBack.patientCouldSayBack}
            onChange={(event) => onChange({ ...answers, teachBack: { ...teachBack, patientCouldSayBack: event.target.checked } })}
          />
          <span className="choice-label">{t('teachBack.done')}</span>
        </label>
      </div>
      <TeachBackStatus done={teachBack.patientCouldSayBack} locale={locale} />
    </section>
  );
}

/** Shown under the checklist and again in the agreement section, so nobody agrees without seeing it. */
export function TeachBackStatus({ done, locale }: { done: boolean; locale: Locale }) {
  const { t } = useTranslation('quality', { lng: locale });
  return done ? (
    <p className="quality-result">
      <span aria-hidden="true">✓ </span>
      {t('teachBack.doneNote')}
    </p>
  ) : (
    <p className="quality-prompt">
      <span aria-hidden="true">⚠ </span>
      {t('teachBack.notDone')}
    </p>
  );
}
