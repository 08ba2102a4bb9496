import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { FollowUpAnswers } from '../../../shared/follow-up';
import { useSaveFollowUp } from '../api/hooks';
import { followUpSaverKey, saverFor, type SaveMode, type SaveStatus } from '../components/answersSaver';

export interface FollowUpAutosave {
  status: SaveStatus;
  save: (answers: FollowUpAnswers, mode: SaveMode) => void;
  flush: () => void;
  /** Resolves once what was typed is stored (or a save failed: the saver then keeps retrying on its own). */
  settled: () => Promise<void>;
  /** Answers of this visit typed on an earlier screen and not stored yet. */
  pendingAnswers: () => FollowUpAnswers | null;
}

/**
 * Autosave for one follow-up visit, exactly like a session's answers (useAutosave): debounced while typing, at once for
 * choices, flushed when the page hides or the screen closes, and flushed with every other saver before Duet locks.
 */
export function useFollowUpAutosave(sessionId: string, visitId: string): FollowUpAutosave {
  const { mutateAsync } = useSaveFollowUp(sessionId, visitId);
  const saver = useMemo(() => saverFor<FollowUpAnswers>(followUpSaverKey(sessionId, visitId), mutateAsync), [sessionId, visitId, mutateAsync]);
  const status = useSyncExternalStore(saver.subscribe, saver.getStatus);

  useEffect(() => {
    window.addEventListener('pagehide', saver.flush);
    return () => {
      window.removeEventListener('pagehide', saver.flush);
      saver.flush();
    };
  }, [saver]);

  const save = useCallback((answers: FollowUpAnswers, mode: SaveMode) => saver.change(answers, mode), [saver]);
  const settled = useCallback(() => {
    saver.flush();
    return saver.whenSettled();
  }, [saver]);
  const pendingAnswers = useCallback(() => saver.pendingAnswers(), [saver]);
  return { status, save, flush: saver.flush, settled, pendingAnswers };
}
