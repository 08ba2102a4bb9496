import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflictSummary } from '../../../shared/contract';
import { ErrorMessage } from '../components/ErrorMessage';
import { ModalDialog } from '../components/ModalDialog';
import { useUiLocale } from '../i18n';
import { formatMoment } from './formatMoment';
import { useResolveSyncConflict, useSyncConflicts } from './hooks';

type Keep = 'practice' | 'this-room';

/**
 * Home's "Changed in two rooms: choose which to keep": each session changed in two exam rooms, with its two
 * copies' times and a button for each copy; the choice is confirmed in a dialog before anything changes.
 * Nothing is shown while there is nothing to choose.
 */
export function SyncConflictsPanel({ conflictCount }: { conflictCount: number }) {
  const { t } = useTranslation('practiceServer');
  const locale = useUiLocale();
  const conflicts = useSyncConflicts(conflictCount, conflictCount > 0);
  const resolve = useResolveSyncConflict();
  const [pending, setPending] = useState<{ conflict: SyncConflictSummary; keep: Keep } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const labelOf = (conflict: SyncConflictSummary) => conflict.patientLabel || t('conflicts.noLabel');

  const confirm = (choice: { conflict: SyncConflictSummary; keep: Keep }) => {
    setPending(null);
    setDone(null);
    resolve.mutate(
      { id: choice.conflict.id, keep: choice.keep },
      { onSuccess: () => setDone(t('conflicts.done', { label: labelOf(choice.conflict) })) },
    );
  };

  const list = conflicts.data ?? [];
  return (
    <>
      <p role="status" aria-live="polite" ref={noticeRef} tabIndex={-1} className="sync-conflict-notice">
        {done}
      </p>
      {conflictCount > 0 && list.length > 0 && (
        <section aria-labelledby="sync-conflicts-heading" className="sync-conflicts">
          <h2 id="sync-conflicts-heading">{t('conflicts.heading')}</h2>
          <p>{t('conflicts.intro')}</p>
          {resolve.isError && <ErrorMessage error={resolve.error} />}
          <ul className="sync-conflict-list">
            {list.map((conflict) => (
              <li key={conflict.id} className="sync-conflict">
                <h3>{labelOf(conflict)}</h3>
                <p>{t('conflicts.thisRoomSaved', { time: formatMoment(conflict.thisRoomSavedAt, locale) })}</p>
                <p>
                  {conflict.practiceSavedAt
                    ? t('conflicts.practiceSaved', { time: formatMoment(conflict.practiceSavedAt, locale) })
                    : t('conflicts.practiceDeleted')}
                </p>
                <div className="sync-conflict-actions">
                  {(['practice', 'this-room'] as const).map((keep) => (
                    <button
                      key={keep}
                      type="button"
                      className="button button-secondary"
                      aria-disabled={resolve.isPending || undefined}
                      onClick={() => !resolve.isPending && setPending({ conflict, keep })}
                    >
                      {t(keep === 'practice' ? 'conflicts.keepPractice' : 'conflicts.keepThisRoom')}
                      <span className="visually-hidden"> {t('conflicts.forLabel', { label: labelOf(conflict) })}</span>
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {conflicts.isError && <ErrorMessage error={conflicts.error} onRetry={() => void conflicts.refetch()} />}
      {pending && (
        <ModalDialog
          title={t(pending.keep === 'practice' ? 'conflicts.dialog.practiceTitle' : 'conflicts.dialog.thisRoomTitle', { label: labelOf(pending.conflict) })}
          onCancel={() => setPending(null)}
          fallbackFocus={() => noticeRef.current}
          actions={
            <>
              <button type="button" className="button button-secondary" onClick={() => setPending(null)}>
                {t('conflicts.dialog.cancel')}
              </button>
              <button type="button" className="button button-primary" onClick={() => confirm(pending)}>
                {t(pending.keep === 'practice' ? 'conflicts.dialog.confirmPractice' : 'conflicts.dialog.confirmThisRoom')}
              </button>
            </>
          }
        >
          <p>
            {pending.keep === 'practice'
              ? t('conflicts.dialog.practiceBody')
              : pending.conflict.practiceSavedAt
                ? t('conflicts.dialog.thisRoomBody')
                : t('conflicts.dialog.thisRoomBodyDeleted')}
          </p>
        </ModalDialog>
      )}
    </>
  );
}
