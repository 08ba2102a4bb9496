import type { PdfOutcome, PrintOutcome } from '../../shared/contract';
import type { Session } from '../../shared/session';
import type { Settings } from '../../shared/settings';

/** Paper and PDF output of a session's plan. Electron's lives in print.ts; tests supply their own. */
export interface Printer {
  /** Opens the system print dialog; the person may cancel. */
  print(session: Session, settings: Settings): Promise<PrintOutcome>;
  /** Asks where to save, then writes the plan as a PDF there; the person may cancel. */
  savePdf(session: Session, settings: Settings): Promise<PdfOutcome>;
}
