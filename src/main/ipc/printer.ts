import type { PdfOutcome, PrintOutcome } from '../../shared/contract';
import type { Session } from '../../shared/session';
import type { Settings } from '../../shared/settings';
import type { PrintDocument } from '../../shared/print-options';

/**
 * Paper and PDF output of a session's plan or of one follow-up visit's summary (`document`, the plan when not
 * given), or of the practice's outcome figures (`{ kind: 'dashboard' }`, which belongs to no session: `session`
 * is null for it, and only for it). Electron's lives in print.ts; tests supply their own.
 */
export interface Printer {
  /** Opens the system print dialog; the person may cancel. */
  print(session: Session | null, settings: Settings, document?: PrintDocument): Promise<PrintOutcome>;
  /** Asks where to save, then writes the document as a PDF there; the person may cancel. */
  savePdf(session: Session | null, settings: Settings, document?: PrintDocument): Promise<PdfOutcome>;
}
