import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  children: ReactNode;
  /** The buttons; the first focusable element inside the dialog gets the focus when it opens. */
  actions: ReactNode;
  onCancel: () => void;
  /** Where the focus goes on close if the element that opened the dialog is gone (a deleted row, say). */
  fallbackFocus?: () => HTMLElement | null;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog (WAI-ARIA dialog pattern): focus moves in when it opens, Tab stays inside, Escape cancels, and
 * the focus returns to whatever opened it when it closes.
 */
export function ModalDialog({ title, children, actions, onCancel, fallbackFocus }: ModalDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onCancelRef = useRef(onCancel);
  const fallbackRef = useRef(fallbackFocus);
  useEffect(() => {
    onCancelRef.current = onCancel;
    fallbackRef.current = fallbackFocus;
  }, [onCancel, fallbackFocus]);

  // Read while rendering, before the focus moves into the dialog.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      const target = opener?.isConnected ? opener : fallbackRef.current?.();
      target?.focus();
    };
  }, [opener]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancelRef.current();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="modal-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        <div id={bodyId}>{children}</div>
        <div className="modal-actions">{actions}</div>
      </div>
    </div>
  );
}
