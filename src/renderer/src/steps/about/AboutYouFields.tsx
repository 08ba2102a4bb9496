import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import { needsSafetyPlan } from '../../../../shared/domain/personal-factors';
import {
  AGE_GROUPS,
  HEALTH_CONDITIONS,
  PREGNANCY_STATES,
  type AboutYou,
  type YesNo,
} from '../../../../shared/session';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';

/** The session schema's limit on one typed line. */
const LINE_MAX = 200;
/** Radio buttons cannot be un-ticked, so "Not answered" is a choice of its own and stores null. */
const BLANK = 'blank';
type YesNoChoice = 'yes' | 'no' | typeof BLANK;
type YesNoItem = 'bipolar' | 'substanceUse' | 'suicidalThoughts' | 'otherMedicines';

interface AboutYouFieldsProps {
  aboutYou: AboutYou;
  onChange: (next: AboutYou) => void;
  locale: Locale;
}

/**
 * The optional "About you" questions. Every one can be left blank and nothing here blocks going on; the answers
 * only bring the cautions for this person to the top. Native radios and checkboxes in fieldsets, so the keyboard
 * and screen readers work as everywhere else.
 */
export function AboutYouFields({ aboutYou, onChange, locale }: AboutYouFieldsProps) {
  const { t } = useTranslation('aboutYou', { lng: locale });
  const set = (changes: Partial<AboutYou>) => onChange({ ...aboutYou, ...changes });

  const yesNo = (item: YesNoItem, hint?: string) => (
    <RadioGroup<YesNoChoice>
      legend={t(`${item}.legend`)}
      hint={hint}
      layout="row"
      choices={[
        { value: 'yes', label: t('yes') },
        { value: 'no', label: t('no') },
        { value: BLANK, label: t('blank') },
      ]}
      value={aboutYou[item] ?? BLANK}
      onChange={(choice) => set({ [item]: (choice === BLANK ? null : choice) satisfies YesNo })}
    />
  );

  return (
    <div className="about-you-fields">
      <RadioGroup<(typeof AGE_GROUPS)[number] | typeof BLANK>
        legend={t('ageGroup.legend')}
        layout="row"
        choices={[...AGE_GROUPS.map((group) => ({ value: group, label: t(`ageGroup.${group}`) })), { value: BLANK, label: t('blank') }]}
        value={aboutYou.ageGroup ?? BLANK}
        onChange={(group) => set({ ageGroup: group === BLANK ? null : group })}
      />
      <TextField
        label={t('sexAndGender.label')}
        hint={t('sexAndGender.hint')}
        maxLength={LINE_MAX}
        value={aboutYou.sexAndGender}
        onChange={(sexAndGender) => set({ sexAndGender })}
      />
      <CheckboxGroup
        legend={t('pregnancy.legend')}
        hint={t('pregnancy.hint')}
        choices={PREGNANCY_STATES.map((state) => ({ value: state, label: t(`pregnancy.${state}`) }))}
        chosen={aboutYou.pregnancy}
        onChange={(pregnancy) => set({ pregnancy })}
      />
      {yesNo('bipolar', t('bipolar.hint'))}
      {yesNo('substanceUse')}
      {yesNo('suicidalThoughts')}
      {needsSafetyPlan(aboutYou) && (
        <p className="note about-you-safety" role="note">
          {t('safetyPrompt')}
        </p>
      )}
      <CheckboxGroup
        legend={t('healthConditions.legend')}
        hint={t('healthConditions.hint')}
        choices={HEALTH_CONDITIONS.map((condition) => ({ value: condition, label: t(`healthConditions.${condition}`) }))}
        chosen={aboutYou.healthConditions}
        onChange={(healthConditions) => set({ healthConditions })}
      />
      {yesNo('otherMedicines', t('otherMedicines.hint'))}
      <TextField
        label={t('otherMedicines.listLabel')}
        hint={t('otherMedicines.listHint')}
        maxLength={LINE_MAX}
        value={aboutYou.otherMedicinesList}
        onChange={(otherMedicinesList) => set({ otherMedicinesList })}
      />
    </div>
  );
}

interface CheckboxGroupProps<Value extends string> {
  legend: string;
  hint: string;
  choices: Array<{ value: Value; label: string }>;
  chosen: Value[];
  onChange: (chosen: Value[]) => void;
}

/** Tick any that apply; stored in the choices' own order. */
function CheckboxGroup<Value extends string>({ legend, hint, choices, chosen, onChange }: CheckboxGroupProps<Value>) {
  const hintId = useId();
  const toggle = (value: Value, ticked: boolean) => {
    const next = new Set(chosen);
    if (ticked) next.add(value);
    else next.delete(value);
    onChange(choices.map((choice) => choice.value).filter((candidate) => next.has(candidate)));
  };
  return (
    <fieldset className="checkbox-group" aria-describedby={hintId}>
      <legend className="field-label">{legend}</legend>
      <p className="field-hint" id={hintId}>
        {hint}
      </p>
      {choices.map((choice) => (
        <label className="checkbox-choice" key={choice.value}>
          <input
            type="checkbox"
            checked={chosen.includes(choice.value)}
            onChange={(event) => toggle(choice.value, event.target.checked)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
