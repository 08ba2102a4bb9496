import type { Key } from 'react';

/** The ids a field's input points at with aria-describedby, made from the field's own id. */
export function fieldIds(id: string): { hintId: string; errorId: string } {
  return { hintId: `${id}-hint`, errorId: `${id}-error` };
}

interface FieldHeadingProps {
  /** The input's id (from useId). */
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** role="alert" announces the error at once (forms checked on submit announce through focus instead). */
  announceError?: boolean;
  /** A new key re-announces the same error text after another failed try. */
  errorKey?: Key;
}

/** The label, hint and problem above every text-like field, in one markup so screen readers meet them alike. */
export function FieldHeading({ id, label, hint, error, announceError = false, errorKey }: FieldHeadingProps) {
  const { hintId, errorId } = fieldIds(id);
  return (
    <>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} role={announceError ? 'alert' : undefined} key={errorKey}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </>
  );
}
