import { useId, type ReactNode } from 'react';

export interface RadioChoice<Value extends string> {
  value: Value;
  label: ReactNode;
  /** A second line, read out as the choice's description rather than its name. */
  description?: ReactNode;
  lang?: string;
}

interface RadioGroupProps<Value extends string> {
  legend: ReactNode;
  choices: readonly RadioChoice<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  hint?: string;
  error?: string | undefined;
  /** 'row' puts short choices side by side (they wrap on narrow screens). */
  layout?: 'column' | 'row';
  className?: string;
}

/**
 * Native radio buttons in a fieldset: arrow keys move between choices, and each choice's whole label
 * is a large click or touch target.
 */
export function RadioGroup<Value extends string>({
  legend,
  choices,
  value,
  onChange,
  hint,
  error,
  layout = 'column',
  className,
}: RadioGroupProps<Value>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['radio-group', `radio-group-${layout}`, error ? 'field-invalid' : '', className ?? ''].join(' ').trim()}
      aria-describedby={describedBy}
    >
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div className="choices">
        {choices.map((choice) => {
          const labelId = `${id}-${choice.value}-label`;
          const descriptionId = `${id}-${choice.value}-description`;
          return (
            <label className="choice" key={choice.value}>
              <input
                type="radio"
                name={id}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-labelledby={labelId}
                aria-describedby={choice.description ? descriptionId : undefined}
              />
              <span className="choice-text">
                <span className="choice-label" id={labelId} lang={choice.lang}>
                  {choice.label}
                </span>
                {choice.description && (
                  <span className="choice-description" id={descriptionId}>
                    {choice.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
