import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExportEpisodeFhir } from '../api/hooks';
import '../styles/records.css';

type Shown = { kind: 'working' } | { kind: 'saved'; file: string } | { kind: 'cancelled' } | { kind: 'refused' } | { kind: 'failed' };

interface FhirExportButtonProps {
  sessionId: string;
  /** Names the session for screen readers where several rows each have this button (Home). */
  patientLabel?: string;
  /** Runs first (the session screen saves what is typed, so the file has it). */
  onBeforeExport?: () => void;
}

/**
 * "Export for the health record (FHIR)": main asks where to save and writes the episode's FHIR R4 file
 * (docs/fhir.md). The plain outcome is announced beside the button: saved (and where), stopped, refused or failed.
 */
export function FhirExportButton({ sessionId, patientLabel, onBeforeExport }: FhirExportButtonProps) {
  const { t } = useTranslation('records');
  const exporting = useExportEpisodeFhir();
  const [shown, setShown] = useState<Shown | null>(null);

  const start = () => {
    // aria-disabled rather than disabled keeps the focus on the button while the dialog is open.
    if (exporting.isPending) return;
    onBeforeExport?.();
    setShown({ kind: 'working' });
    exporting.mutate(sessionId, {
      onSuccess: (outcome) => setShown(outcome.outcome === 'saved' ? { kind: 'saved', file: outcome.file } : { kind: outcome.outcome }),
      onError: () => setShown({ kind: 'failed' }),
    });
  };

  return (
    <span className="fhir-export">
      <button type="button" className="button button-secondary" onClick={start} aria-disabled={exporting.isPending}>
        {t('fhir.button')}
        {patientLabel && <span className="visually-hidden"> {t('actions.for', { label: patientLabel })}</span>}
      </button>
      <span role="status" className="fhir-export-status">
        {shown?.kind === 'saved' ? t('fhir.saved', { file: shown.file }) : shown ? t(`fhir.${shown.kind}`) : null}
      </span>
    </span>
  );
}
