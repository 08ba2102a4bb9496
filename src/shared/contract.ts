import { z } from 'zod';
import { answersSchema, newSessionSchema, type Session, type SessionSummary } from './session';
import { followUpAnswersSchema, type VisitMeasures } from './follow-up';
import type { AnswersSavedWhileLocked, Result } from './operation-results';
export * from './operation-results';
import { scoreMeasure } from './domain/measures';
import { settingsSchema, type Settings } from './settings';
import type { AuditEntry } from './audit';
import { newPassphraseSchema, requireStrongPassphrase, typedPassphraseSchema, type LockStatus } from './app-lock';
import { dashboardQuerySchema, type Dashboard } from './domain/outcomes/figures';

/**
 * The one contract between the renderer and main: every operation's name, input schema and output type.
 * Main validates every input against these schemas; the preload exposes one function per name;
 * the renderer (and the browser test harness) call the same functions.
 */
/** The database role's password for the practice server (PostgreSQL itself takes far less). */
export const PRACTICE_SERVER_PASSWORD_MAX_LENGTH = 1000;
const sessionId = z.object({ id: z.string().uuid() }).strict();
const followUpId = z.object({ id: z.string().uuid(), visitId: z.string().uuid() }).strict();

/**
 * The session and follow-up schemas check a questionnaire's shape; the scorer knows each instrument's items and
 * scale. At the door (and only here: a stored file is never refused for it) a value off the scale, a fraction or an
 * item the instrument does not have is invalid input, so it is never saved to turn up later as an impossible total.
 * Items left blank are allowed.
 */
function measuresOnScale(measures: VisitMeasures, ctx: z.RefinementCtx, path: readonly (string | number)[]): void {
  for (const [index, response] of measures.entries()) {
    const score = scoreMeasure(response);
    if (score.kind !== 'invalid') continue;
    const item = score.error.itemId === null ? [] : ['answers', score.error.itemId];
    ctx.addIssue({ code: 'custom', path: [...path, index, ...item], message: `Not a possible answer (${score.error.code})` });
  }
}

export const inputSchemas = {
  listSessions: z.undefined(),
  createSession: newSessionSchema.strict(),
  getSession: sessionId,
  saveAnswers: z
    .object({ id: z.string().uuid(), answers: answersSchema })
    .strict()
    .superRefine((input, ctx) => measuresOnScale(input.answers.baseline.measures, ctx, ['answers', 'baseline', 'measures'])),
  getStartup: z.undefined(),
  setOpenSession: z.object({ id: z.string().uuid().nullable() }).strict(),
  getSettings: z.undefined(),
  saveSettings: settingsSchema.strict(),
  printPlan: sessionId,
  savePlanPdf: sessionId,
  deleteSession: sessionId,
  exportSession: sessionId,
  listAuditLog: z.undefined(),
  getRetentionReview: z.undefined(),
  answerRetentionReview: z.object({ deleteNow: z.boolean() }).strict(),
  getLockStatus: z.undefined(),
  setUpPassphrase: requireStrongPassphrase(z.object({ passphrase: newPassphraseSchema }).strict(), 'passphrase'),
  unlock: z.object({ passphrase: typedPassphraseSchema }).strict(),
  lock: z.undefined(),
  changePassphrase: requireStrongPassphrase(z.object({ current: typedPassphraseSchema, next: newPassphraseSchema }).strict(), 'next'),
  /** Adds a follow-up visit, dated today, to the episode (the session); the new visit is the last of `followUps`. */
  startFollowUp: sessionId,
  saveFollowUp: z
    .object({ id: z.string().uuid(), visitId: z.string().uuid(), visit: followUpAnswersSchema.strict() })
    .strict()
    .superRefine((input, ctx) => measuresOnScale(input.visit.measures, ctx, ['visit', 'measures'])),
  /** Removes a follow-up started by mistake; plan versions agreed at it are kept. */
  deleteFollowUp: followUpId,
  printFollowUp: followUpId,
  saveFollowUpPdf: followUpId,
  /** Issue 12: one episode as a FHIR R4 Bundle, saved where the person chooses (docs/fhir.md). */
  exportEpisodeFhir: sessionId,
  /** Issue 13: the practice server's state for Home and Settings; null when the policy names no practice server. */
  getPracticeServerStatus: z.undefined(),
  /** Documents changed in two rooms, for Home's "choose which to keep" (empty without a practice server). */
  listSyncConflicts: z.undefined(),
  resolveSyncConflict: z.object({ id: z.string().uuid(), keep: z.enum(['practice', 'this-room']) }).strict(),
  /**
   * IT joins this computer to the practice server: the database role's password (kept in the OS key store), this
   * computer's passphrase until now, and the practice passphrase (the first computer to join sets it, so it must
   * meet the new-passphrase rule; afterwards it also unlocks this computer).
   */
  joinPracticeServer: requireStrongPassphrase(
    z
      .object({
        password: z.string().min(1).max(PRACTICE_SERVER_PASSWORD_MAX_LENGTH),
        currentPassphrase: typedPassphraseSchema,
        practicePassphrase: newPassphraseSchema,
      })
      .strict(),
    'practicePassphrase',
  ),
  /** The practice's outcome figures for a practice meeting (issue 12): the same query as the dashboard on screen. */
  printDashboard: dashboardQuerySchema,
  saveDashboardPdf: dashboardQuerySchema,
  /** The practice's figures (issue 12), small cells suppressed. */
  getDashboard: dashboardQuerySchema,
  /**
   * Saves the figures as CSV where the person chooses: 'aggregate' = the dashboard's tables (same suppression);
   * 'episodes' = one de-identified row per episode in the filters (the split is ignored).
   */
  exportDashboardCsv: dashboardQuerySchema.extend({ kind: z.enum(['aggregate', 'episodes']) }).strict(),
} as const;

/**
 * The operations that work while Duet is locked; every other one answers 'locked' (except a late saveAnswers for
 * the session open at the lock, see app-operations.ts).
 */
export const LOCK_OPERATION_NAMES = ['getLockStatus', 'setUpPassphrase', 'unlock', 'lock'] as const;

/** The practice server's operations (issue 13): main answers them itself, not the store (ipc/practice-server-operations.ts). */
export const PRACTICE_SERVER_OPERATION_NAMES = ['getPracticeServerStatus', 'listSyncConflicts', 'resolveSyncConflict', 'joinPracticeServer'] as const;

export interface Startup {
  /** The session that was open when Duet last closed, to reopen where the people left off. */
  resumeSessionId: string | null;
}

export type PrintOutcome = { outcome: 'printed' } | { outcome: 'cancelled' };
export type PdfOutcome = { outcome: 'saved'; path: string } | { outcome: 'cancelled' };
/** `folder` is where the person chose to export; `file` is the JSON file written there. */
export type ExportOutcome = { outcome: 'saved'; folder: string; file: string } | { outcome: 'cancelled' };

/**
 * `file` is the FHIR JSON written; 'refused' when the chosen folder is Duet's own data folder (nothing was written:
 * the export is clear text, the data folder holds only Duet's encrypted files).
 */
export type FhirExportOutcome = { outcome: 'saved'; file: string } | { outcome: 'cancelled' } | { outcome: 'refused'; reason: 'data-folder' };
/** The practice's figures, and how many episodes are still being read into them (0 once every one is in). */
export interface DashboardView extends Dashboard {
  /** Episodes in the store whose facts are not in the figures yet (read in the background after start). */
  stillReading: number;
}

/** Many sessions were due for deletion at once: the retention period waits for someone to say yes (M7). */
export interface RetentionReview {
  dueCount: number;
  totalCount: number;
}


/**
 * The practice server as Home and Settings show it (issue 13). not-joined: IT has not joined this computer yet.
 * connected: up to date. catching-up: exchanging changes (`left` to go). offline: not reachable or refused since
 * `offlineSince`; everything keeps working on this computer.
 */
export interface PracticeServerStatus {
  state: 'not-joined' | 'connected' | 'catching-up' | 'offline';
  offlineSince: string | null;
  left: number;
  /** Documents changed in two rooms, waiting for someone to choose (listSyncConflicts). */
  conflicts: number;
  /** Changes on the server that could not be opened (tampered, or another practice key): for IT. */
  refused: number;
  /** Main's plain words (English, for IT) when the server refused Duet or could not be reached; null when all is well. */
  problem: string | null;
}

/** A document changed in two rooms: the practice's copy is current, this room's is kept until someone chooses. */
export interface SyncConflictSummary {
  id: string;
  patientLabel: string;
  /** When this room's copy was last saved. */
  thisRoomSavedAt: string;
  /** When the practice's current copy was saved; null when another room deleted it. */
  practiceSavedAt: string | null;
}


export interface Outputs {
  listSessions: SessionSummary[];
  createSession: Session;
  getSession: Session;
  /** The saved session while unlocked; only the time of the save once Duet has locked (security review M1). */
  saveAnswers: Session | AnswersSavedWhileLocked;
  getStartup: Startup;
  setOpenSession: null;
  getSettings: Settings;
  saveSettings: Settings;
  printPlan: PrintOutcome;
  savePlanPdf: PdfOutcome;
  deleteSession: null;
  exportSession: ExportOutcome;
  listAuditLog: AuditEntry[];
  getRetentionReview: RetentionReview | null;
  answerRetentionReview: null;
  getLockStatus: LockStatus;
  setUpPassphrase: LockStatus;
  unlock: LockStatus;
  lock: LockStatus;
  changePassphrase: null;
  startFollowUp: Session;
  /** Like saveAnswers: the saved episode while unlocked; only the time of the save once Duet has locked. */
  saveFollowUp: Session | AnswersSavedWhileLocked;
  deleteFollowUp: Session;
  printFollowUp: PrintOutcome;
  saveFollowUpPdf: PdfOutcome;
  exportEpisodeFhir: FhirExportOutcome;
  getPracticeServerStatus: PracticeServerStatus | null;
  listSyncConflicts: SyncConflictSummary[];
  /** `keptId`: the session that holds the kept copy (a new one when the practice's copy had been deleted). */
  resolveSyncConflict: { keptId: string };
  joinPracticeServer: PracticeServerStatus;
  printDashboard: PrintOutcome;
  saveDashboardPdf: PdfOutcome;
  getDashboard: DashboardView;
  exportDashboardCsv: ExportOutcome;
}

export type OperationName = keyof typeof inputSchemas & keyof Outputs;
export const OPERATION_NAMES = Object.keys(inputSchemas) as OperationName[];

export type Inputs = { [K in OperationName]: z.input<(typeof inputSchemas)[K]> };


/**
 * Menu items main forwards to the page, which knows which session is open. 'lock' also comes when the computer
 * locks its screen or goes to sleep: the page saves what is pending, then locks.
 */
export const MENU_COMMANDS = ['new-session', 'home', 'dashboard', 'print', 'save-pdf', 'about', 'settings', 'lock'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type OperationFunctions = {
  [K in OperationName]: Inputs[K] extends undefined
    ? () => Promise<Result<Outputs[K]>>
    : (input: Inputs[K]) => Promise<Result<Outputs[K]>>;
};

/** What the preload puts on window.api: one function per operation, nothing generic, plus the menu listener. */
export type DuetApi = OperationFunctions & {
  /** Returns a function that removes the listener. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
