import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { inputSchemas, OperationName, Outputs } from '../../shared/contract';
import { emptyAnswers, type Session } from '../../shared/session';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { applyAnswers, summarise } from '../../shared/domain/answers';
import type { Store, StoreData } from '../storage';
import { NotFoundError, PrintError } from '../errors';
import type { Printer } from './printer';

/** Each handler takes input already parsed by inputSchemas (see invoke.ts) and returns a value safe to hand out. */
export type Operations = {
  [K in OperationName]: (input: z.output<(typeof inputSchemas)[K]>) => Promise<Outputs[K]>;
};

export interface OperationsDeps {
  store: Store;
  printer: Printer;
  now?: () => Date;
}

const SESSION_NOT_FOUND = 'That session was not found. It may have been removed from this computer.';

function findSession(data: Readonly<StoreData>, id: string): Session {
  const session = data.sessions.find((candidate) => candidate.id === id);
  if (!session) throw new NotFoundError(SESSION_NOT_FOUND);
  return session;
}

function settingsWithDefaults(stored: Settings): Settings {
  return { ...DEFAULT_SETTINGS, ...stored, crisisLine: { ...DEFAULT_SETTINGS.crisisLine, ...stored.crisisLine } };
}

async function printing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PrintError) throw error;
    throw new PrintError('The plan could not be printed or saved.', { cause: error });
  }
}

export function createOperations({ store, printer, now = () => new Date() }: OperationsDeps): Operations {
  const sessionAndSettings = (id: string) => {
    const data = store.read();
    return { session: structuredClone(findSession(data, id)), settings: settingsWithDefaults(data.settings) };
  };

  return {
    listSessions: async () =>
      store
        .read()
        .sessions.map(summarise)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),

    createSession: async (input) => {
      const timestamp = now().toISOString();
      const session: Session = {
        ...input,
        id: randomUUID(),
        createdAt: timestamp,
        updatedAt: timestamp,
        answers: emptyAnswers(),
      };
      await store.update((draft) => {
        draft.sessions.push(session);
      });
      return structuredClone(session);
    },

    getSession: async ({ id }) => structuredClone(findSession(store.read(), id)),

    saveAnswers: async ({ id, answers }) => {
      const saved = await store.update((draft) => {
        const index = draft.sessions.findIndex((candidate) => candidate.id === id);
        const current = draft.sessions[index];
        if (!current) throw new NotFoundError(SESSION_NOT_FOUND);
        const next = applyAnswers(current, answers, now());
        draft.sessions[index] = next;
        return next;
      });
      return structuredClone(saved);
    },

    getStartup: async () => {
      const data = store.read();
      const open = data.openSessionId;
      const stillThere = open !== null && data.sessions.some((session) => session.id === open);
      return { resumeSessionId: stillThere ? open : null };
    },

    setOpenSession: async ({ id }) => {
      if (id !== null) findSession(store.read(), id);
      if (store.read().openSessionId === id) return null;
      await store.update((draft) => {
        draft.openSessionId = id;
      });
      return null;
    },

    getSettings: async () => settingsWithDefaults(store.read().settings),

    saveSettings: async (input) => {
      await store.update((draft) => {
        draft.settings = input;
      });
      return settingsWithDefaults(input);
    },

    printPlan: async ({ id }) => {
      const { session, settings } = sessionAndSettings(id);
      return printing(() => printer.print(session, settings));
    },

    savePlanPdf: async ({ id }) => {
      const { session, settings } = sessionAndSettings(id);
      return printing(() => printer.savePdf(session, settings));
    },
  };
}
