import { useId } from 'react';
import { FieldHeading, fieldIds } from '../../components/FieldHeading';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface DateFieldProps {
  label: string;
  /** '' or YYYY-MM-DD, as the session stores it. */
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}

/** A labelled native date picker: typed or picked, by keyboard or pointer. */
export function DateField({ label, value, onChange, hint }: DateFieldProps) {
  const id = useId();
  const { hintId } = fieldIds(id);
  return (
    <div className="field field-date">
      <FieldHeading id={id} label={label} hint={hint} />
      <input
        id={id}
        type="date"
        value={value}
        aria-describedby={hint ? hintId : undefined}
        // A half-typed date reads as '' in the browser: store only whole dates, so nothing invalid is saved.
        onChange={(event) => onChange(ISO_DATE.test(event.target.value) ? event.target.value : '')}
      />
    </div>
  );
}
