import { useId, useState } from 'react';
import { FieldHeading, fieldIds } from '../components/FieldHeading';

interface NumberFieldProps {
  label: string;
  hint?: string;
  /** null = left empty. */
  value: number | null;
  onChange: (value: number | null) => void;
  max: number;
  /** The plain-words problem shown while what is typed is not a whole number from 0 to max. */
  problem: string;
  /** A problem with a valid number (e.g. more sessions attended than planned): shown, and the number is kept. */
  warning?: string | undefined;
}

/**
 * A count typed with the keyboard. What is typed stays on screen even when it is not a number Duet can keep; only a
 * whole number from 0 to `max` (or nothing) is saved, and a plain message says what to change.
 */
export function NumberField({ label, hint, value, onChange, max, problem, warning }: NumberFieldProps) {
  const id = useId();
  const { hintId, errorId } = fieldIds(id);
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const trimmed = draft.trim();
  const valid = trimmed === '' || (/^\d{1,3}$/.test(trimmed) && Number(trimmed) <= max);
  const error = valid ? warning : problem;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-number field-invalid' : 'field field-number'}>
      <FieldHeading id={id} label={label} hint={hint} error={error} />
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          const typed = event.target.value;
          setDraft(typed);
          const clean = typed.trim();
          if (clean === '') onChange(null);
          else if (/^\d{1,3}$/.test(clean) && Number(clean) <= max) onChange(Number(clean));
        }}
      />
    </div>
  );
}
