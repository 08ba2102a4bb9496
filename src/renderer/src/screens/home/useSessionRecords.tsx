import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../shared/session';
import { useDeleteSession, useExportSession, useSavePlanPdf } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FhirExportButton, FhirExportMessage, useFhirExport, type FhirExportShown } from '../../components/FhirExportButton';
import { ModalDialog } from '../../components/ModalDialog';
import '../../styles/records.css';

type Notice =
  | { kind: 'deleted'; label: string }
  | { kind: 'exported'; label: string; file: string; sessionId: string }
  | { kind: 'pdf-saved'; path: string }
  | { kind: 'fhir'; shown: FhirExportShown };

/**
 * Home's record keeping for each recent session: "Export…" (a JSON file in a folder the person picks, then the
 * plan PDF through the usual save dialog if they want it), "Export for the health record (FHIR)" (docs/fhir.md)
 * and "Delete…" (after a confirmation that says it is for good). Returns the buttons for one row and the notices and dialog to place on the page.
 */
export function useSessionRecords(): { rowActions: (session: SessionSummary) => ReactNode; panel: ReactNode } {
  const { t } = useTranslation('records');
  const [pendingDelete, setPendingDelete] = useState<SessionSummary | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const deletion = useDeleteSession();
  const exporting = useExportSession();
  const savingPdf = useSavePlanPdf();
  const fhirExport = useFhirExport((shown) => setNotice({ kind: 'fhir', shown }));

  // The button that was used may be gone (a deleted row): the focus goes to what happened instead.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const startExport = (session: SessionSummary) => {
    setFailure(null);
    exporting.mutate(session.id, {
      onSuccess: (outcome) => {
        if (outcome.outcome === 'saved') {
          setNotice({ kind: 'exported', label: session.patientLabel, file: outcome.file, sessionId: session.id });
        }
      },
      onError: setFailure,
    });
  };

  const savePdf = (sessionId: string) => {
    setFailure(null);
    savingPdf.mutate(sessionId, {
      onSuccess: (outcome) => {
        if (outcome.outcome === 'saved') setNotice({ kind: 'pdf-saved', path: outcome.path });
      },
      onError: setFailure,
    });
  };

  const confirmDelete = (session: SessionSummary) => {
    deletion.mutate(session.id, {
      onSuccess: () => {
        setPendingDelete(null);
        setNotice({ kind: 'deleted', label: session.patientLabel });
      },
    });
  };

  const rowActions = (session: SessionSummary) => (
    <>
      <button type="button" className="button button-secondary" onClick={() => startExport(session)} disabled={exporting.isPending}>
        {t('actions.export')}
        <span className="visually-hidden"> {t('actions.for', { label: session.patientLabel })}</span>
      </button>
      <FhirExportButton
        onClick={() => {
          setFailure(null);
          fhirExport.start(session.id);
        }}
        pending={fhirExport.pending}
        patientLabel={session.patientLabel}
      />
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          deletion.reset();
          setPendingDelete(session);
        }}
      >
        {t('actions.delete')}
        <span className="visually-hidden"> {t('actions.for', { label: session.patientLabel })}</span>
      </button>
    </>
  );

  const panel = (
    <>
      <div ref={noticeRef} tabIndex={-1} role="status" className="records-notice">
        {notice?.kind === 'deleted' && <p>{t('deleted', { label: notice.label })}</p>}
        {notice?.kind === 'exported' && (
          <>
            <p>{t('exported', { label: notice.label, file: notice.file })}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => savePdf(notice.sessionId)}
              disabled={savingPdf.isPending}
            >
              {t('alsoPdf')}
            </button>
          </>
        )}
        {notice?.kind === 'pdf-saved' && <p>{t('pdfSaved', { path: notice.path })}</p>}
        {notice?.kind === 'fhir' && (
          <p>
            <FhirExportMessage shown={notice.shown} />
          </p>
        )}
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
      {pendingDelete && (
        <ModalDialog
          title={t('deleteDialog.title', { label: pendingDelete.patientLabel })}
          onCancel={() => setPendingDelete(null)}
          fallbackFocus={() => noticeRef.current}
          actions={
            <>
              <button type="button" className="button button-secondary" onClick={() => setPendingDelete(null)}>
                {t('deleteDialog.cancel')}
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => confirmDelete(pendingDelete)}
                disabled={deletion.isPending}
              >
                {deletion.isPending ? t('deleteDialog.working') : t('deleteDialog.confirm')}
              </button>
            </>
          }
        >
          <p>{t('deleteDialog.body', { label: pendingDelete.patientLabel })}</p>
          <p>
            <strong>{t('deleteDialog.forGood')}</strong>
          </p>
          {deletion.isError && <ErrorMessage error={deletion.error} />}
        </ModalDialog>
      )}
    </>
  );

  return { rowActions, panel };
}
