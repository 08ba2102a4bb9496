import { flushSync } from 'react-dom';
import { focusFirstProblem } from './TextField';

/**
 * A form's submit button and the status line beside it, read out politely: `working` while busy ("Saving…"), or
 * `done` with a tick once it worked. While busy the button stays focusable (aria-disabled); the form's submit
 * handler ignores it.
 */
export function FormActions({ submitLabel, busy, working, done }: { submitLabel: string; busy: boolean; working?: string; done?: string | false }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
        {submitLabel}
      </button>
      <p role="status" aria-live="polite" className="form-status">
        {busy && working}
        {!busy && done && (
          <>
            <span aria-hidden="true">✓ </span>
            {done}
          </>
        )}
      </p>
    </div>
  );
}

/**
 * Puts a form's problems on screen at once (flushSync), then moves focus to the first one, so keyboard and
 * screen-reader users land on what to fix.
 */
export function showProblemsAndFocus(form: HTMLFormElement, show: () => void, focusFirst: (form: HTMLFormElement) => void = focusFirstProblem): void {
  flushSync(show);
  focusFirst(form);
}
