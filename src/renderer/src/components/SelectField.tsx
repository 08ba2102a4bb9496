import { useId } from 'react';
import { FieldHeading, fieldIds } from './FieldHeading';

interface SelectFieldProps {
  label: string;
  hint?: string;
  /** The chosen option's value. */
  value: string;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled native list box, its hint read out with it: for choices too many for radio buttons. */
export function SelectField({ label, hint, value, choices, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <FieldHeading id={id} label={label} hint={hint} />
      <select
        id={id}
        className="select"
        aria-describedby={hint ? fieldIds(id).hintId : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
