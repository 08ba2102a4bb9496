import { useId, type ChangeEvent } from 'react';
import { FieldHeading, fieldIds } from './FieldHeading';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Plain-words problem with the value; shown under the field and linked to it. */
  error?: string | undefined;
  multiline?: boolean;
  maxLength?: number;
  autoComplete?: string;
  lang?: string;
  /** The id of a <datalist> whose options are offered as suggestions (single-line fields). */
  list?: string;
  /** Lets a caller move focus to this field (e.g. to a newly added row). */
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
}

/** A labelled text box whose hint and error are read out with it (aria-describedby). */
export function TextField({ label, value, onChange, hint, error, multiline, maxLength, autoComplete, lang, list, inputRef }: TextFieldProps) {
  const id = useId();
  const { hintId, errorId } = fieldIds(id);
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value,
    maxLength,
    lang,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <FieldHeading id={id} label={label} hint={hint} error={error} />
      {multiline ? (
        <textarea {...shared} ref={inputRef} rows={4} />
      ) : (
        <input {...shared} ref={inputRef} type="text" list={list} autoComplete={autoComplete ?? 'off'} />
      )}
    </div>
  );
}

/** After a failed submit, take the keyboard to the first field with a problem (fields mark themselves). */
export function focusFirstProblem(form: HTMLFormElement): void {
  form.querySelector<HTMLElement>('.field-invalid input, .field-invalid textarea')?.focus();
}
