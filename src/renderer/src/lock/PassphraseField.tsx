import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldHeading, fieldIds } from '../components/FieldHeading';
import { PASSPHRASE_MAX_LENGTH } from '../../../shared/app-lock';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 'current-password' to unlock; 'new-password' when choosing one (password managers offer to store it). */
  autoComplete: 'current-password' | 'new-password';
  hint?: string;
  /** Plain-words problem with what was typed; shown above the field and read out with it. */
  error?: string | undefined;
  /** Changed on every failed try, so the same message is announced again (a new alert, not an unchanged one). */
  errorKey?: number;
  /** Ids of other text that explains this field (read out after the hint and error). */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
}

/**
 * A passphrase box. Pasting is allowed (password managers), and "Show what I type" helps people who find
 * dots hard to check (WCAG 3.3.8).
 */
export function PassphraseField(props: PassphraseFieldProps) {
  const { label, value, onChange, autoComplete, hint, error, errorKey, describedBy, inputRef, disabled } = props;
  const { t } = useTranslation('lock');
  const id = useId();
  const { hintId, errorId } = fieldIds(id);
  const [shown, setShown] = useState(false);
  const description = [hint ? hintId : null, error ? errorId : null, describedBy ?? null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid passphrase-field' : 'field passphrase-field'}>
      <FieldHeading id={id} label={label} hint={hint} error={error} announceError errorKey={errorKey} />
      <input
        id={id}
        ref={inputRef}
        type={shown ? 'text' : 'password'}
        value={value}
        maxLength={PASSPHRASE_MAX_LENGTH}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="off"
        aria-describedby={description}
        aria-invalid={error ? true : undefined}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
      <label className="passphrase-show">
        <input type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
        {t('field.show')}
        <span className="visually-hidden">: {label}</span>
      </label>
    </div>
  );
}

/** After a failed submit, take the keyboard to the first passphrase box with a problem. */
export function focusFirstPassphraseProblem(form: HTMLFormElement): void {
  form.querySelector<HTMLInputElement>('.passphrase-field.field-invalid input:not([type="checkbox"])')?.focus();
}
