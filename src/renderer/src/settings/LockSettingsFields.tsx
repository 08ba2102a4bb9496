import { useTranslation } from 'react-i18next';
import { LOCK_AFTER_MINUTES, RETENTION_DAY_CHOICES } from '../../../shared/app-lock';
import type { Settings } from '../../../shared/settings';
import { SelectField } from '../components/SelectField';
import { SetByPractice } from './SetByPractice';

export type LockSettings = Pick<Settings, 'lockAfterMinutes' | 'retentionDays'>;

/** Choices short enough to read in a list; a value stored by other means still shows as the current choice. */
const MINUTE_CHOICES = [1, 2, 3, 5, 10, 15, 20, 30, 45, 60] as const;
const RETENTION_OFF = 'off';

function minuteChoices(current: number): number[] {
  const choices: number[] = [...MINUTE_CHOICES].filter((minutes) => minutes >= LOCK_AFTER_MINUTES.min && minutes <= LOCK_AFTER_MINUTES.max);
  return choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
}

/** When Duet locks itself, and when agreed sessions are deleted for good: part of the settings form. */
export function LockSettingsFields({
  value,
  onChange,
  setByPractice = () => false,
}: {
  value: LockSettings;
  onChange: (value: LockSettings) => void;
  /** True for a setting the practice's policy file sets: shown, not editable. */
  setByPractice?: (name: keyof LockSettings) => boolean;
}) {
  const { t } = useTranslation('lock');
  const retentionLabel = (days: number) => t(`settings.retentionChoices.${days}`, { defaultValue: t('settings.retentionAfterDays', { count: days }) });

  return (
    <>
      <SetByPractice locked={setByPractice('lockAfterMinutes')}>
        <SelectField
          label={t('settings.lockAfter')}
          hint={t('settings.lockAfterHint')}
          value={String(value.lockAfterMinutes)}
          choices={minuteChoices(value.lockAfterMinutes).map((minutes) => ({
            value: String(minutes),
            label: t('settings.minutes', { count: minutes }),
          }))}
          onChange={(minutes) => onChange({ ...value, lockAfterMinutes: Number(minutes) })}
        />
      </SetByPractice>
      <SetByPractice locked={setByPractice('retentionDays')}>
        <SelectField
          label={t('settings.retention')}
          hint={t('settings.retentionHint')}
          value={value.retentionDays === null ? RETENTION_OFF : String(value.retentionDays)}
          choices={[
            { value: RETENTION_OFF, label: t('settings.retentionOff') },
            ...RETENTION_DAY_CHOICES.map((days) => ({ value: String(days), label: retentionLabel(days) })),
          ]}
          onChange={(days) => onChange({ ...value, retentionDays: days === RETENTION_OFF ? null : Number(days) })}
        />
      </SetByPractice>
    </>
  );
}
