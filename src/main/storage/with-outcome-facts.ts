import type { Session } from '../../shared/session';
import type { DataCipher } from './cipher';
import type { OutcomeFacts } from './outcome-facts';
import type { Store } from './store';

/**
 * The store, with the practice's outcome facts (outcome-facts.ts) kept in step with every change to a session:
 * a creation and a deletion are written to outcome-facts.json before the call returns; a save a moment later.
 * Everything else is the store's own behaviour.
 */
export function withOutcomeFacts(store: Store, facts: OutcomeFacts): Store {
  const noted = (session: Session | null, whenNewer: boolean) => {
    if (session) facts.note(session, { whenNewer });
    return session;
  };
  return {
    get dir() {
      return store.dir;
    },
    get file() {
      return store.file;
    },
    get recovery() {
      return store.recovery;
    },
    get audit() {
      return store.audit;
    },
    outcomes: facts,
    read: () => store.read(),
    update: (change) => store.update(change),
    listSessions: () => store.listSessions(),
    hasSession: (id) => store.hasSession(id),
    // A session repaired from a backup when opened has other facts than the list had.
    getSession: async (id) => noted(await store.getSession(id), true),
    createSession: async (session) => {
      await store.createSession(session);
      facts.note(session);
      await facts.flush();
    },
    updateSession: async (id, change) => noted(await store.updateSession(id, change), false),
    deleteSession: async (id) => {
      const deleted = await store.deleteSession(id);
      if (deleted) {
        facts.forget(id);
        await facts.flush();
      }
      return deleted;
    },
    // Another room's sessions count in this room's figures too (the practice server, issue 13).
    applyRemoteChanges: async (changes, beforeEach) => {
      await store.applyRemoteChanges(changes, beforeEach);
      for (const change of changes) {
        if (change.deleted) facts.forget(change.id);
        else facts.note(change.session, { whenNewer: true });
      }
      await facts.flush();
    },
    readDocumentFile: (kind, id) => store.readDocumentFile(kind, id),
    checkAllSessions: () => store.checkAllSessions(),
    rekey: async (next: DataCipher) => {
      await store.rekey(next);
      // Never left under a key that is being retired.
      await facts.flush(true);
    },
    close: async () => {
      await store.close();
      await facts.close();
    },
  };
}
