import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import type { Answers, Plan } from '../../../../shared/session';
import { TextField } from '../../components/TextField';
import { DateField } from './DateField';
import { EditableList } from './EditableList';
import { MAX_PLAN_ITEMS, removeAt, replaceAt, withPlan } from './planAnswers';

/** The session schema's limit on one typed line. */
const LINE_MAX = 200;

interface ListFieldProps {
  answers: Answers;
  onChange: (next: Answers) => void;
  locale: Locale;
}

export function GoalsField({ answers, onChange, locale }: ListFieldProps) {
  const { t } = useTranslation('plan', { lng: locale });
  const goals = answers.plan.goals;
  const setGoals = (next: Plan['goals']) => onChange(withPlan(answers, { goals: next }));
  return (
    <EditableList
      title={t('goals.title')}
      hint={t('goals.hint')}
      items={goals}
      max={MAX_PLAN_ITEMS}
      emptyText={t('goals.empty')}
      addLabel={t('goals.add')}
      removeLabel={(number) => t('goals.remove', { number })}
      limitMessage={t('goals.limit', { max: MAX_PLAN_ITEMS })}
      onAdd={() => setGoals([...goals, ''])}
      onRemove={(index) => setGoals(removeAt(goals, index))}
      renderItem={(goal, index) => (
        <TextField
          label={t('goals.item', { number: index + 1 })}
          value={goal}
          maxLength={LINE_MAX}
          onChange={(text) => setGoals(replaceAt(goals, index, text))}
        />
      )}
    />
  );
}

export function NextStepsField({ answers, onChange, locale }: ListFieldProps) {
  const { t } = useTranslation('plan', { lng: locale });
  const steps = answers.plan.nextSteps;
  const setSteps = (next: Plan['nextSteps']) => onChange(withPlan(answers, { nextSteps: next }));
  return (
    <EditableList
      title={t('nextSteps.title')}
      hint={t('nextSteps.hint')}
      items={steps}
      max={MAX_PLAN_ITEMS}
      emptyText={t('nextSteps.empty')}
      addLabel={t('nextSteps.add')}
      removeLabel={(number) => t('nextSteps.remove', { number })}
      limitMessage={t('nextSteps.limit', { max: MAX_PLAN_ITEMS })}
      onAdd={() => setSteps([...steps, { text: '', date: '', done: false }])}
      onRemove={(index) => setSteps(removeAt(steps, index))}
      renderItem={(step, index) => (
        <>
          <TextField
            label={t('nextSteps.item', { number: index + 1 })}
            value={step.text}
            maxLength={LINE_MAX}
              onChange={(text) => setSteps(replaceAt(steps, index, { ...step, text }))}
          />
          <DateField
            label={t('nextSteps.date', { number: index + 1 })}
            value={step.date}
            onChange={(date) => setSteps(replaceAt(steps, index, { ...step, date }))}
          />
        </>
      )}
    />
  );
}

export function CareTeamField({ answers, onChange, locale }: ListFieldProps) {
  const { t } = useTranslation('plan', { lng: locale });
  const team = answers.plan.careTeam;
  const setTeam = (next: Plan['careTeam']) => onChange(withPlan(answers, { careTeam: next }));
  return (
    <EditableList
      title={t('careTeam.title')}
      hint={t('careTeam.hint')}
      items={team}
      max={MAX_PLAN_ITEMS}
      emptyText={t('careTeam.empty')}
      addLabel={t('careTeam.add')}
      removeLabel={(number) => t('careTeam.remove', { number })}
      limitMessage={t('careTeam.limit', { max: MAX_PLAN_ITEMS })}
      onAdd={() => setTeam([...team, { role: '', name: '', contact: '' }])}
      onRemove={(index) => setTeam(removeAt(team, index))}
      renderItem={(member, index) => (
        <fieldset className="plan-care-member">
          <legend className="field-label">{t('careTeam.member', { number: index + 1 })}</legend>
          <TextField
            label={t('careTeam.role')}
            hint={t('careTeam.roleHint')}
            value={member.role}
            maxLength={LINE_MAX}
              onChange={(role) => setTeam(replaceAt(team, index, { ...member, role }))}
          />
          <TextField
            label={t('careTeam.name')}
            value={member.name}
            maxLength={LINE_MAX}
            onChange={(name) => setTeam(replaceAt(team, index, { ...member, name }))}
          />
          <TextField
            label={t('careTeam.contact')}
            value={member.contact}
            maxLength={LINE_MAX}
            onChange={(contact) => setTeam(replaceAt(team, index, { ...member, contact }))}
          />
        </fieldset>
      )}
    />
  );
}
