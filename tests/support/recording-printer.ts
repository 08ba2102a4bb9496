import type { PdfOutcome, PrintOutcome } from '../../src/shared/contract';
import type { Session } from '../../src/shared/session';
import type { Settings } from '../../src/shared/settings';
import type { Printer } from '../../src/main/ipc/printer';
import type { PrintDocument } from '../../src/shared/print-options';

export interface RecordingPrinter extends Printer {
  /** Every call, in order (sessionId null: the practice's figures, which belong to no session). */
  calls: { kind: 'print' | 'pdf'; sessionId: string | null; paperSize: Settings['paperSize']; document: PrintDocument }[];
  /** What the next calls answer; defaults to success. */
  nextPrint: PrintOutcome | Error;
  nextPdf: PdfOutcome | Error;
}

/** Stands in for Electron's printer (no Electron here): records requests and answers as told. */
export function createRecordingPrinter(): RecordingPrinter {
  const printer: RecordingPrinter = {
    calls: [],
    nextPrint: { outcome: 'printed' },
    nextPdf: { outcome: 'saved', path: '/tmp/duet-plan.pdf' },
    print: async (session: Session | null, settings: Settings, document: PrintDocument = { kind: 'plan' }) => {
      printer.calls.push({ kind: 'print', sessionId: session?.id ?? null, paperSize: settings.paperSize, document });
      if (printer.nextPrint instanceof Error) throw printer.nextPrint;
      return printer.nextPrint;
    },
    savePdf: async (session: Session | null, settings: Settings, document: PrintDocument = { kind: 'plan' }) => {
      printer.calls.push({ kind: 'pdf', sessionId: session?.id ?? null, paperSize: settings.paperSize, document });
      if (printer.nextPdf instanceof Error) throw printer.nextPdf;
      return printer.nextPdf;
    },
  };
  return printer;
}
