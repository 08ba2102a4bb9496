import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { inputSchemas, LOCK_OPERATION_NAMES, OperationName, Outputs, RetentionReview } from '../../shared/contract';
import { emptyAnswers, type Session } from '../../shared/session';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { applyAnswers } from '../../shared/domain/answers';
import { applyFollowUp, newFollowUp, removeFollowUp } from '../../shared/domain/follow-up-visits';
import { AUDIT_LIST_LIMIT, type AuditAction } from '../../shared/audit';
import { writeSessionExport } from '../export-session';
import { episodeBundleJson, fhirExportName, isInDataFolder, writeFhirExport } from '../export-fhir';
import type { ModalityNames } from '../../shared/fhir/episode-bundle';
import type { Store } from '../storage';
import { NotFoundError, PrintError } from '../errors';
import type { Printer } from './printer';
import type { PracticeServerOperationName } from './practice-server-operations';
import { createOutcomeOperations } from './outcome-operations';

/** Each handler takes input already parsed by inputSchemas (see invoke.ts) and returns a value safe to hand out. */
export type Operations = {
  [K in OperationName]: (input: z.output<(typeof inputSchemas)[K]>) => Promise<Outputs[K]>;
};

/** The operations that need the lock itself, not the store (see app-operations.ts). */
export type LockOperationName = (typeof LOCK_OPERATION_NAMES)[number] | 'changePassphrase';
/**
 * Everything done with an open store. saveAnswers always gives the whole saved session here; the lock decides
 * whether the page gets it (app-operations.ts).
 */
export type SessionOperations = Omit<Operations, LockOperationName | PracticeServerOperationName | 'saveAnswers' | 'saveFollowUp'> & {
  saveAnswers: (input: z.output<(typeof inputSchemas)['saveAnswers']>) => Promise<Session>;
  saveFollowUp: (input: z.output<(typeof inputSchemas)['saveFollowUp']>) => Promise<Session>;
};

export interface OperationsDeps {
  store: Store;
  printer: Printer;
  now?: () => Date;
  /** Asks where to export a session (Electron's folder dialog in the app); null when the person cancels. */
  chooseExportFolder?: () => Promise<string | null>;
  /** Asks where to save an episode's FHIR file (Electron's save dialog), offering `suggestedName`; null = cancelled. */
  chooseFhirFile?: (suggestedName: string) => Promise<string | null>;
  /** English treatment names for the FHIR plan's activities (main: from the app's content); codes alone without it. */
  modalityNames?: ModalityNames;
  /** Written into exports, so a reader knows which Duet made them. */
  appVersion?: string;
  /** The retention period's question when many sessions would go at once (main's RetentionRunner). */
  retention?: { review(): RetentionReview | null; answer(deleteNow: boolean): Promise<void> };
  /** Settings changes, for the security log. */
  onSettingsSaved?: () => void;
  /** The clinical content version (data/about.yaml), written into exports beside the app version. */
  contentVersion?: string;
}

const SESSION_NOT_FOUND = 'That session was not found. It may have been removed from this computer.';
const VISIT_NOT_FOUND = 'That follow-up visit was not found. It may have been removed.';

async function findSession(store: Store, id: string): Promise<Session> {
  const session = await store.getSession(id);
  if (!session) throw new NotFoundError(SESSION_NOT_FOUND);
  return session;
}

function settingsWithDefaults(stored: Settings): Settings {
  return { ...DEFAULT_SETTINGS, ...stored, crisisLine: { ...DEFAULT_SETTINGS.crisisLine, ...stored.crisisLine } };
}

async function printing<T>(work: () => Promise<T>, what = 'The plan'): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PrintError) throw error;
    throw new PrintError(`${what} could not be printed or saved.`, { cause: error });
  }
}

const OUTCOMES = 'The practice outcomes';

const noRetentionQuestions = { review: () => null, answer: async () => undefined };

const noFolderChooser = async (): Promise<string | null> => {
  throw new Error('No folder chooser was given to createOperations, so sessions cannot be exported.');
};

const noFhirFileChooser = async (): Promise<string | null> => {
  throw new Error('No file chooser was given to createOperations, so episodes cannot be exported for the health record.');
};

export function createOperations({
  store,
  printer,
  now = () => new Date(),
  chooseExportFolder = noFolderChooser,
  chooseFhirFile = noFhirFileChooser,
  modalityNames,
  appVersion = 'unknown',
  retention = noRetentionQuestions,
  onSettingsSaved,
  contentVersion = 'unknown',
}: OperationsDeps): SessionOperations {
  /**
   * The action has already happened when this runs: a log that cannot be written must not turn it into a
   * failure the person would retry (deleting twice, printing twice). The failure is logged for IT instead.
   */
  const audit = async (action: AuditAction, sessionId: string) => {
    try {
      await store.audit.record(action, sessionId, now());
    } catch (error) {
      console.error(`Duet: could not write "${action}" to the activity log`, error);
    }
  };

  const currentSettings = () => settingsWithDefaults(store.read().settings);
  const sessionAndSettings = async (id: string) => ({
    session: await findSession(store, id),
    settings: currentSettings(),
  });

  return {
    // ISO times sort as plain strings; newest first.
    listSessions: async () =>
      store.listSessions().sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),

    createSession: async (input) => {
      const timestamp = now().toISOString();
      const session: Session = {
        ...input,
        id: randomUUID(),
        createdAt: timestamp,
        updatedAt: timestamp,
        answers: emptyAnswers(),
        followUps: [],
        planVersions: [],
      };
      await store.createSession(session);
      await audit('created', session.id);
      return structuredClone(session);
    },

    getSession: async ({ id }) => findSession(store, id),

    saveAnswers: async ({ id, answers }) => {
      const saved = await store.updateSession(id, (current) => applyAnswers(current, answers, now()));
      if (!saved) throw new NotFoundError(SESSION_NOT_FOUND);
      return saved;
    },

    getStartup: async () => {
      const open = store.read().openSessionId;
      const stillThere = open !== null && store.hasSession(open);
      return { resumeSessionId: stillThere ? open : null };
    },

    setOpenSession: async ({ id }) => {
      if (id !== null && !store.hasSession(id)) throw new NotFoundError(SESSION_NOT_FOUND);
      if (store.read().openSessionId === id) return null;
      await store.update((draft) => {
        draft.openSessionId = id;
      });
      if (id !== null) await audit('opened', id);
      return null;
    },

    getSettings: async () => settingsWithDefaults(store.read().settings),

    saveSettings: async (input) => {
      await store.update((draft) => {
        draft.settings = input;
      });
      onSettingsSaved?.();
      return settingsWithDefaults(input);
    },

    printPlan: async ({ id }) => {
      const { session, settings } = await sessionAndSettings(id);
      const outcome = await printing(() => printer.print(session, settings));
      if (outcome.outcome === 'printed') await audit('printed', id);
      return outcome;
    },

    savePlanPdf: async ({ id }) => {
      const { session, settings } = await sessionAndSettings(id);
      const outcome = await printing(() => printer.savePdf(session, settings));
      if (outcome.outcome === 'saved') await audit('pdf-saved', id);
      return outcome;
    },

    deleteSession: async ({ id }) => {
      if (!store.hasSession(id)) throw new NotFoundError(SESSION_NOT_FOUND);
      if (store.read().openSessionId === id) {
        await store.update((draft) => {
          draft.openSessionId = null;
        });
      }
      if (!(await store.deleteSession(id))) throw new NotFoundError(SESSION_NOT_FOUND);
      await audit('deleted', id);
      return null;
    },

    exportSession: async ({ id }) => {
      // Found first, so an unknown id never opens a dialog.
      const session = await findSession(store, id);
      const folder = await chooseExportFolder();
      if (folder === null) return { outcome: 'cancelled' };
      const file = await writeSessionExport(folder, session, {
        appVersion,
        contentVersion,
        exportedAt: now(),
      });
      await audit('exported', id);
      return { outcome: 'saved', folder, file };
    },

    listAuditLog: async () => store.audit.read(AUDIT_LIST_LIMIT),

    startFollowUp: async ({ id }) => {
      const saved = await store.updateSession(id, (current) => newFollowUp(current, randomUUID(), now()));
      if (!saved) throw new NotFoundError(SESSION_NOT_FOUND);
      await audit('follow-up-started', id);
      return saved;
    },

    saveFollowUp: async ({ id, visitId, visit }) => {
      // Thrown inside the change, an unknown visit stops the save before anything is written.
      const saved = await store.updateSession(id, (current) => {
        const next = applyFollowUp(current, visitId, visit, now());
        if (!next) throw new NotFoundError(VISIT_NOT_FOUND);
        return next;
      });
      if (!saved) throw new NotFoundError(SESSION_NOT_FOUND);
      return saved;
    },

    deleteFollowUp: async ({ id, visitId }) => {
      const saved = await store.updateSession(id, (current) => {
        const next = removeFollowUp(current, visitId, now());
        if (!next) throw new NotFoundError(VISIT_NOT_FOUND);
        return next;
      });
      if (!saved) throw new NotFoundError(SESSION_NOT_FOUND);
      await audit('follow-up-deleted', id);
      return saved;
    },

    printFollowUp: async ({ id, visitId }) => {
      const { session, settings } = await sessionAndSettings(id);
      if (!session.followUps.some((visit) => visit.id === visitId)) throw new NotFoundError(VISIT_NOT_FOUND);
      const outcome = await printing(() => printer.print(session, settings, { kind: 'follow-up', visitId }));
      if (outcome.outcome === 'printed') await audit('printed', id);
      return outcome;
    },

    saveFollowUpPdf: async ({ id, visitId }) => {
      const { session, settings } = await sessionAndSettings(id);
      if (!session.followUps.some((visit) => visit.id === visitId)) throw new NotFoundError(VISIT_NOT_FOUND);
      const outcome = await printing(() => printer.savePdf(session, settings, { kind: 'follow-up', visitId }));
      if (outcome.outcome === 'saved') await audit('pdf-saved', id);
      return outcome;
    },

    exportEpisodeFhir: async ({ id }) => {
      // Found first, so an unknown id never opens a dialog.
      const session = await findSession(store, id);
      const exportedAt = now();
      const chosen = await chooseFhirFile(fhirExportName(session, exportedAt));
      if (chosen === null) return { outcome: 'cancelled' };
      if (await isInDataFolder(chosen, store.dir)) return { outcome: 'refused', reason: 'data-folder' };
      const file = await writeFhirExport(chosen, episodeBundleJson(session, exportedAt, modalityNames));
      await audit('fhir-exported', id);
      return { outcome: 'saved', file };
    },
    // The practice's figures hold no session: the activity log (one line per session) gets nothing here.
    printDashboard: async (query) => printing(() => printer.print(null, currentSettings(), { kind: 'dashboard', query }), OUTCOMES),

    saveDashboardPdf: async (query) => printing(() => printer.savePdf(null, currentSettings(), { kind: 'dashboard', query }), OUTCOMES),

    getRetentionReview: async () => retention.review(),

    answerRetentionReview: async ({ deleteNow }) => {
      await retention.answer(deleteNow);
      return null;
    },

    // The practice's figures and their CSV exports (issue 12).
    ...createOutcomeOperations({ store, now, chooseExportFolder }),
  };
}
