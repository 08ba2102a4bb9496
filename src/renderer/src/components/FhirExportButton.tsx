import { useTranslation } from 'react-i18next';
import type { FhirExportOutcome } from '../../../shared/contract';
import { useExportEpisodeFhir } from '../api/hooks';

/** What the person is told after "Export for the health record (FHIR)": main's outcome, or 'failed'. */
export type FhirExportShown = FhirExportOutcome | { outcome: 'failed' };

/**
 * Starts the FHIR export of an episode (main asks where to save and writes the file: docs/fhir.md) and hands the
 * outcome to `onShown`, for the page to put in its own status region.
 */
export function useFhirExport(onShown: (shown: FhirExportShown) => void) {
  const exporting = useExportEpisodeFhir();
  const start = (sessionId: string, before?: () => void) => {
    // The button is aria-disabled (not disabled) while the dialog is open, so the focus stays on it: ignore clicks.
    if (exporting.isPending) return;
    before?.();
    exporting.mutate(sessionId, { onSuccess: onShown, onError: () => onShown({ outcome: 'failed' }) });
  };
  return { start, pending: exporting.isPending };
}

/** The plain words for an outcome: saved (and where), stopped, refused (the data folder) or failed. */
export function FhirExportMessage({ shown }: { shown: FhirExportShown }) {
  const { t } = useTranslation('records');
  return <>{shown.outcome === 'saved' ? t('fhir.saved', { file: shown.file }) : t(`fhir.${shown.outcome}`)}</>;
}

interface FhirExportButtonProps {
  onClick: () => void;
  pending: boolean;
  /** Names the session for screen readers where several rows each have this button (Home). */
  patientLabel?: string;
}

export function FhirExportButton({ onClick, pending, patientLabel }: FhirExportButtonProps) {
  const { t } = useTranslation('records');
  return (
    <button type="button" className="button button-secondary" onClick={onClick} aria-disabled={pending}>
      {t('fhir.button')}
      {patientLabel && <span className="visually-hidden"> {t('actions.for', { label: patientLabel })}</span>}
    </button>
  );
}
