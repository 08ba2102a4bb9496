import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCK_AFTER_MINUTES, RETENTION_DAY_CHOICES } from '../../../shared/app-lock';
import type { Settings } from '../../../shared/settings';

export type LockSettings = Pick<Settings, 'lockAfterMinutes' | 'retentionDays'>;

/** Choices short enough to read in a list; a value stored by other means still shows as the current choice. */
const MINUTE_CHOICES = [1, 2, 3, 5, 10, 15, 20, 30, 45, 60] as const;
const RETENTION_OFF = 'off';

function minuteChoices(current: number): number[] {
  const choices: number[] = [...MINUTE_CHOICES].filter((minutes) => minutes >= LOCK_AFTER_MINUTES.min && minutes <= LOCK_AFTER_MINUTES.max);
  return choices.includes(current) ? choices : [...choices, current].sort((a, b) => a - b);
}

/** When Duet locks itself, and when agreed sessions are deleted for good: part of the settings form. */
export function LockSettingsFields({ value, onChange }: { value: LockSettings; onChange: (value: LockSettings) => void }) {
  const { t } = useTranslation('lock');
  const id = useId();
  const lockId = `${id}-lock`;
  const retentionId = `${id}-retention`;
  const retentionLabel = (days: number) => t(`settings.retentionChoices.${days}`, { defaultValue: t('settings.retentionAfterDays', { count: days }) });

  return (
    <>
      <div className="field">
        <label className="field-label" htmlFor={lockId}>
          {t('settings.lockAfter')}
        </label>
        <p className="field-hint" id={`${lockId}-hint`}>
          {t('settings.lockAfterHint')}
        </p>
        <select
          id={lockId}
          className="select"
          aria-describedby={`${lockId}-hint`}
          value={value.lockAfterMinutes}
          onChange={(event) => onChange({ ...value, lockAfterMinutes: Number(event.target.value) })}
        >
          {minuteChoices(value.lockAfterMinutes).map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('settings.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={retentionId}>
          {t('settings.retention')}
        </label>
        <p className="field-hint" id={`${retentionId}-hint`}>
          {t('settings.retentionHint')}
        </p>
        <select
          id={retentionId}
          className="select"
          aria-describedby={`${retentionId}-hint`}
          value={value.retentionDays === null ? RETENTION_OFF : String(value.retentionDays)}
          onChange={(event) =>
            onChange({ ...value, retentionDays: event.target.value === RETENTION_OFF ? null : Number(event.target.value) })
          }
        >
          <option value={RETENTION_OFF}>{t('settings.retentionOff')}</option>
          {RETENTION_DAY_CHOICES.map((days) => (
            <option key={days} value={String(days)}>
              {retentionLabel(days)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
