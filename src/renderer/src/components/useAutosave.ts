import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Answers } from '../../../shared/session';
import { useSaveAnswers } from '../api/hooks';
import { saverFor, type SaveMode, type SaveStatus } from './answersSaver';

export interface Autosave {
  status: SaveStatus;
  /** Queue answers for saving: 'typing' waits for a pause, 'now' saves at once. */
  save: (answers: Answers, mode: SaveMode) => void;
  flush: () => void;
  /** Answers from an earlier screen for this session that are not stored yet. */
  pendingAnswers: () => Answers | null;
}

/** Autosave for one session: flushes when the page is hidden or the screen unmounts. */
export function useAutosave(sessionId: string): Autosave {
  const { mutateAsync } = useSaveAnswers(sessionId);
  const saver = useMemo(() => saverFor(sessionId, mutateAsync), [sessionId, mutateAsync]);
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);

  useEffect(() => {
    window.addEventListener('pagehide', saver.flush);
    return () => {
      window.removeEventListener('pagehide', saver.flush);
      saver.flush();
    };
  }, [saver]);

  const save = useCallback((answers: Answers, mode: SaveMode) => saver.change(answers, mode), [saver]);
  const pendingAnswers = useCallback(() => saver.pendingAnswers(), [saver]);
  return { status, save, flush: saver.flush, pendingAnswers };
}

/** Typing into a text box waits for a pause; clicks, choices and keys on anything else save at once. */
export function saveModeForActiveElement(): SaveMode {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement) return 'typing';
  if (active instanceof HTMLInputElement) {
    return ['text', 'search', 'email', 'tel', 'url', 'number', 'date'].includes(active.type) ? 'typing' : 'now';
  }
  if (active instanceof HTMLElement && active.isContentEditable) return 'typing';
  return 'now';
}
