import { join } from 'node:path';
import { z } from 'zod';
import type { LockState, LockStatus } from '../../shared/app-lock';
import type { AnswersSavedWhileLocked } from '../../shared/contract';
import { loadPassphraseStrength } from '../../shared/passphrase-strength';
import type { Session } from '../../shared/session';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { DataCipher } from '../storage/cipher';
import { findSealedFile } from '../storage/seal';
import { StorageError } from '../storage/errors';
import { readDocument, wrongKeyError } from '../storage/read-document';
import { refuseDataFromNewerDuet } from '../storage/newer-version-check';
import { APP_FILE_NAME, appFileSchema } from '../storage/schema';
import { nodeStorageFs, type StorageFs } from '../storage/storage-fs';
import { retryingFs } from '../storage/retrying-fs';
import type { Store } from '../storage/store';
import { LockedError, WrongPassphraseError } from '../errors';
import { SerialQueue } from '../serial-queue';
import {
  createKeyFile,
  keyFileFor,
  unwrapWithOsKeyStore,
  unwrapPreviousKey,
  unwrapWithPassphrase,
  withOsKeyStore,
  withoutRekeying,
  withRekeying,
  type KeyFile,
} from './key-file';
import { KeyFileStore } from './key-file-store';
import { DEFAULT_SCRYPT_COST, type ScryptCost } from './passphrase-key';
import type { OsKeyStore } from './os-key-store';
import { StateFile } from './state-file';

/** Wrong passphrases allowed before each further try must wait. The count survives a restart (UNLOCK_TRIES_FILE). */
export const FREE_TRIES = 5;
/** The first wait; each further wrong try doubles it, up to LONGEST_WAIT_MS. */
export const WAIT_AFTER_TOO_MANY_TRIES_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60 * 1000;
export const UNLOCK_TRIES_FILE = 'unlock-tries.json';
/** How long after a lock the page may still save answers typed just before it (for the sessions allowed then). */
export const LATE_SAVE_GRACE_MS = 30_000;
/** A session saved this recently before a lock may still get a late save (its saver may be retrying). */
const RECENT_SAVE_MS = 2 * 60 * 1000;

const unlockTriesSchema = z.object({ wrongTries: z.number().int().min(0), waitUntil: z.number() });
type UnlockTries = z.infer<typeof unlockTriesSchema>;

/** The wait after `wrongTries` wrong passphrases in a row: none for the free tries, then 30 s, 1 min, 2 min, … 1 h. */
function waitAfterWrongTries(wrongTries: number): number {
  if (wrongTries < FREE_TRIES) return 0;
  return Math.min(WAIT_AFTER_TOO_MANY_TRIES_MS * 2 ** (wrongTries - FREE_TRIES), LONGEST_WAIT_MS);
}

/** For the security log (m13): what happened to the lock, never a passphrase. */
export type LockEvent = 'set-up' | 'unlocked' | 'unlock-failed' | 'locked';

export interface AppLockOptions {
  dataDir: string;
  /** null where the OS has no real key store (see electron-key-store.ts): the passphrase alone protects the key. */
  osKeyStore: OsKeyStore | null;
  /**
   * Off by default: the passphrase alone protects the data key. On (a computer used by one clinician only, chosen
   * by the practice) the OS key store also wraps it, so damage checks can run before the first unlock. On a shared
   * OS account anyone signed in could unwrap it, so it is never the default (security review M2).
   */
  useOsKeyStore?: boolean;
  /** Opens the store with the data key (main passes storage's openStore with its own options). */
  openStore: (options: { cipher: DataCipher; sealClearFiles: boolean; previousCipher: DataCipher | null }) => Promise<Store>;
  /**
   * Runs once per run of Duet, after the first unlock (checks, retention, telling about repairs), so nothing is
   * shown or deleted before someone who knows the passphrase is at the screen; its failures are logged.
   */
  onStoreOpened?: (store: Store) => Promise<void> | void;
  /** Unlocks, wrong passphrases and locks, for the security log. */
  onEvent?: (event: LockEvent) => void;
  fs?: StorageFs;
  now?: () => Date;
  /**
   * Why a passphrase change must not happen now, or null (a computer joined to a practice server shares its data
   * key with the other rooms: a change here would give it a key nobody else has; see practice-server/service.ts).
   */
  passphraseChangeRefusal?: () => Promise<string | null>;
  /** Tests may use a cheaper scrypt; key files record their own cost, so any cost reads back. */
  scryptCost?: ScryptCost;
}

/**
 * Who may see patient data right now. Holds the data key and the open store; every patient-data operation asks
 * it for the store and is refused while Duet is locked (see ipc/app-operations.ts). The lock is against the next
 * person at the keyboard: the key stays in main's memory while the screen is locked.
 */
export class AppLock {
  private state: LockState = 'needs-set-up';
  private keyFile: KeyFile | null = null;
  private store: Store | null = null;
  /** The data key the open store uses. */
  private cipher: DataCipher | null = null;
  private tries: UnlockTries = { wrongTries: 0, waitUntil: 0 };
  /** Goes up at every lock, so an unlock that was checking the passphrase meanwhile does not undo it (m5). */
  private lockEpoch = 0;
  private unlockedOnce = false;
  private storeOpenedWorkDone = false;
  /** Sessions allowed a late save while locked, until `until` (ms). */
  private lateSaves: { ids: Set<string>; until: number } = { ids: new Set(), until: 0 };
  private readonly savesInFlight = new Map<string, number>();
  private readonly lastSavedAt = new Map<string, number>();
  private readonly queue = new SerialQueue();
  private readonly keyFiles: KeyFileStore;
  private readonly triesFile: StateFile<UnlockTries>;
  private readonly fs: StorageFs;
  private readonly now: () => Date;
  private readonly cost: ScryptCost;

  constructor(private readonly options: AppLockOptions) {
    this.fs = retryingFs(options.fs ?? nodeStorageFs);
    this.now = options.now ?? (() => new Date());
    this.cost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
    this.keyFiles = new KeyFileStore(this.fs, options.dataDir, this.now);
    this.triesFile = new StateFile(this.fs, options.dataDir, UNLOCK_TRIES_FILE, unlockTriesSchema, { wrongTries: 0, waitUntil: 0 });
  }

  private get osKeyStore(): OsKeyStore | null {
    return this.options.useOsKeyStore ? this.options.osKeyStore : null;
  }

  /**
   * At launch: reads key.json and the wrong-try count. Only when the practice chose the OS key store does the data
   * open now (damage is then found early; it is told, and retention runs, after the first unlock); otherwise
   * nothing opens until the passphrase is typed.
   */
  async start(): Promise<void> {
    // The new-passphrase rule needs it before any set-up or change can be checked (inputSchemas).
    await loadPassphraseStrength();
    await refuseDataFromNewerDuet(this.fs, this.options.dataDir);
    this.keyFile = await this.keyFiles.read();
    if (!this.keyFile) {
      this.state = 'needs-set-up';
      return;
    }
    this.state = 'locked';
    this.tries = await this.triesFile.read();
    const dataKey = unwrapWithOsKeyStore(this.keyFile, this.osKeyStore);
    if (dataKey) await this.openWith(dataKey);
  }

  async status(): Promise<LockStatus> {
    const settings = this.store ? this.store.read().settings : await this.settingsBeforeUnlock();
    return {
      state: this.state,
      keyProtection: this.osKeyStore ? 'os-key-store' : 'passphrase-only',
      language: settings.defaultLanguage,
      practiceName: settings.practiceName,
      lockAfterMinutes: settings.lockAfterMinutes,
      waitSeconds: this.waitSeconds(),
    };
  }

  /** First start on this computer: makes the data key and encrypts any data written before encryption. */
  setUp(passphrase: string): Promise<LockStatus> {
    return this.queue.run(async () => {
      if (this.state !== 'needs-set-up') throw new LockedError('Duet is already set up on this computer.');
      await this.refuseIfSealedWithAnotherKey();
      const { keyFile, dataKey } = await createKeyFile(passphrase, this.cost, this.osKeyStore, this.now());
      await this.writeKeyFile(keyFile);
      this.keyFile = keyFile;
      await this.openWith(dataKey);
      await this.becomeUnlocked('set-up');
      return this.status();
    });
  }

  unlock(passphrase: string): Promise<LockStatus> {
    // Taken when the request arrives: a lock after it (even while it waits its turn) wins.
    const epoch = this.lockEpoch;
    return this.queue.run(async () => {
      if (this.state === 'needs-set-up') throw new LockedError('Duet is not set up yet on this computer.');
      const dataKey = await this.checkPassphrase(passphrase);
      if (epoch !== this.lockEpoch) {
        // The computer locked (or the menu's Lock was used) while the passphrase was being checked.
        throw new LockedError('Duet was locked again while the passphrase was being checked. Please type it again.');
      }
      if (!this.store) await this.openWith(dataKey);
      await this.matchKeyFileToKeyStoreChoice(dataKey);
      await this.becomeUnlocked('unlocked');
      return this.status();
    });
  }

  /**
   * Locks at once, whatever is running. The sessions open or being saved now may still be saved for
   * LATE_SAVE_GRACE_MS (answers typed just before the lock must reach the disk); nothing else may be.
   */
  lock(): Promise<LockStatus> {
    this.lockEpoch += 1;
    if (this.state === 'unlocked') {
      this.state = 'locked';
      this.allowLateSaves();
      this.options.onEvent?.('locked');
    }
    return this.status();
  }

  isUnlocked(): boolean {
    return this.state === 'unlocked';
  }

  /**
   * Saves a session's answers. While unlocked it returns the saved session; while locked it is allowed only for
   * the sessions allowed at the lock, within the grace time, and it returns only the time of the save.
   */
  async saveAnswers(id: string, save: (store: Store) => Promise<Session>): Promise<Session | AnswersSavedWhileLocked> {
    const store = this.storeForSave(id);
    const epoch = this.lockEpoch;
    this.savesInFlight.set(id, (this.savesInFlight.get(id) ?? 0) + 1);
    try {
      const saved = await save(store);
      this.lastSavedAt.set(id, this.now().getTime());
      // Locked while the save ran: the page may already have forgotten everything; hand back nothing to refill it.
      return this.state === 'unlocked' && epoch === this.lockEpoch ? saved : { updatedAt: saved.updatedAt };
    } finally {
      const left = (this.savesInFlight.get(id) ?? 1) - 1;
      if (left > 0) this.savesInFlight.set(id, left);
      else this.savesInFlight.delete(id);
    }
  }

  /**
   * A new passphrase and a new data key: every patient file, backups included, is re-encrypted (see
   * Store.rekey), so an old key.json with the old passphrase opens nothing written from now on. key.json records
   * the re-key first; a crash part-way is finished at the next unlock (see openWith).
   */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.queue.run(async () => {
      const refusal = await this.options.passphraseChangeRefusal?.();
      // Shown as a plain message on the form (never the lock screen); nothing is changed.
      if (refusal) throw new StorageError('write-failed', refusal);
      await this.rekeyTo(current, () => createKeyFile(next, this.cost, this.options.osKeyStore, this.now()), 'Duet could not save the new passphrase to this computer. The passphrase you used until now still works.');
    });
  }

  /**
   * Joining a practice server (practice-server/join.ts): brings every patient file on this computer under the
   * practice's data key, through the same re-key as a passphrase change (crash-safe, finished at the next unlock).
   * From then on this computer unlocks with `practicePassphrase`.
   */
  adoptPracticeKey(currentPassphrase: string, practicePassphrase: string, key: { dataKey: Buffer; keyId: string }): Promise<void> {
    return this.queue.run(async () => {
      if (this.requireKeyFile().keyId === key.keyId) return; // joined already
      const fresh = () => keyFileFor(key, practicePassphrase, this.cost, this.options.osKeyStore, this.now());
      await this.rekeyTo(currentPassphrase, fresh, 'Duet could not save the practice key to this computer. Nothing was changed.');
    });
  }

  /** The data key this computer uses now (for the practice-server sync); throws LockedError while locked. */
  dataCipher(): DataCipher {
    this.unlockedStore();
    return this.cipher!;
  }

  private async rekeyTo(current: string, makeKey: () => Promise<{ keyFile: KeyFile; dataKey: Buffer }>, cannotSave: string): Promise<void> {
    const keyFile = this.requireKeyFile();
    const store = this.unlockedStore();
    const previousKey = await this.checkPassphrase(current);
    const fresh = await makeKey();
    const marked = withRekeying({ ...fresh.keyFile, sealed: true }, fresh.dataKey, previousKey, keyFile.keyId);
    try {
      await this.keyFiles.writeReplacingBackups(marked);
    } catch (cause) {
      throw new StorageError('write-failed', cannotSave, { cause });
    }
    this.keyFile = marked;
    try {
      const cipher = new DataCipher(fresh.dataKey, marked.keyId);
      await store.rekey(cipher);
      this.cipher = cipher;
      await this.updateKeyFile(withoutRekeying(marked));
    } catch (cause) {
      // The files are part under one key, part under the other: the store closes, and the next unlock (with
      // the new passphrase) finishes the re-key before anything is read.
      this.store = null;
      this.state = 'locked';
      await store.close().catch(() => undefined);
      throw new StorageError(
        'write-failed',
        'The new passphrase is saved, but Duet could not finish re-locking every saved file. Duet has locked: ' +
          'unlock it with the new passphrase and it will finish.',
        { cause },
      );
    }
  }

  /** The store, for operations that show or hand out patient data. */
  unlockedStore(): Store {
    if (this.state !== 'unlocked' || !this.store) throw new LockedError();
    return this.store;
  }

  /**
   * The open store even while locked, for main's own work and tests (never for an IPC handler: the page's
   * operations go through unlockedStore or saveAnswers). Throws LockedError while nothing is open yet.
   */
  openStore(): Store {
    if (!this.store) throw new LockedError();
    return this.store;
  }

  /**
   * The store for one session's save: always while unlocked; while locked only for a session allowed at the lock,
   * within the grace time, and never before the first unlock of this run (security review M1).
   */
  private storeForSave(id: string): Store {
    if (this.state === 'unlocked' && this.store) return this.store;
    const allowed = this.unlockedOnce && this.lateSaves.ids.has(id) && this.now().getTime() < this.lateSaves.until;
    if (!allowed || !this.store) throw new LockedError();
    return this.store;
  }

  private allowLateSaves(): void {
    const now = this.now().getTime();
    const ids = new Set<string>(this.savesInFlight.keys());
    const open = this.store?.read().openSessionId;
    if (open) ids.add(open);
    for (const [id, at] of this.lastSavedAt) {
      if (now - at <= RECENT_SAVE_MS) ids.add(id);
    }
    this.lastSavedAt.clear();
    this.lateSaves = { ids, until: now + LATE_SAVE_GRACE_MS };
  }

  private async becomeUnlocked(event: LockEvent): Promise<void> {
    this.state = 'unlocked';
    this.unlockedOnce = true;
    this.lateSaves = { ids: new Set(), until: 0 };
    this.options.onEvent?.(event);
    if (this.storeOpenedWorkDone || !this.store) return;
    this.storeOpenedWorkDone = true;
    try {
      await this.options.onStoreOpened?.(this.store);
    } catch (error) {
      console.error('Duet: work after opening the data failed', error);
    }
  }

  /**
   * The OS key-store copy of the data key exists only when the practice chose it: added on a computer that chose
   * it (also after a restore from backup), removed where it was made by an older Duet that always made one.
   */
  private async matchKeyFileToKeyStoreChoice(dataKey: Buffer): Promise<void> {
    const keyFile = this.requireKeyFile();
    const osKeyStore = this.osKeyStore;
    if (osKeyStore && !unwrapWithOsKeyStore(keyFile, osKeyStore)) {
      await this.updateKeyFile(withOsKeyStore(keyFile, dataKey, osKeyStore));
    } else if (!osKeyStore && keyFile.osKeyStore) {
      await this.updateKeyFile({ ...keyFile, osKeyStore: null });
    }
  }

  async close(): Promise<void> {
    await this.queue.settled();
    await this.store?.close();
  }

  private async openWith(dataKey: Buffer): Promise<void> {
    const keyFile = this.requireKeyFile();
    const cipher = new DataCipher(dataKey, keyFile.keyId);
    const previous = unwrapPreviousKey(keyFile, dataKey);
    const previousCipher = previous ? new DataCipher(previous.key, previous.keyId) : null;
    const store = await this.options.openStore({ cipher, sealClearFiles: !keyFile.sealed, previousCipher });
    if (!keyFile.sealed || keyFile.rekeying) await this.updateKeyFile(withoutRekeying({ ...keyFile, sealed: true }));
    this.store = store;
    this.cipher = cipher;
  }

  private async checkPassphrase(passphrase: string): Promise<Buffer> {
    const waiting = this.waitSeconds();
    if (waiting > 0) throw new WrongPassphraseError(waitMessage(waiting), waiting);
    const dataKey = await unwrapWithPassphrase(this.requireKeyFile(), passphrase);
    if (dataKey) {
      if (this.tries.wrongTries > 0) await this.saveTries({ wrongTries: 0, waitUntil: 0 });
      return dataKey;
    }
    const wrongTries = this.tries.wrongTries + 1;
    const waitMs = waitAfterWrongTries(wrongTries);
    await this.saveTries({ wrongTries, waitUntil: waitMs > 0 ? this.now().getTime() + waitMs : 0 });
    this.options.onEvent?.('unlock-failed');
    const wait = this.waitSeconds();
    throw new WrongPassphraseError(
      wait > 0 ? `That passphrase is not right. ${waitMessage(wait)}` : 'That passphrase is not right. Please try again.',
      wait,
    );
  }

  /** Kept on disk, so quitting and restarting Duet does not reset the wait. */
  private async saveTries(tries: UnlockTries): Promise<void> {
    this.tries = tries;
    await this.triesFile.write(tries);
  }

  private waitSeconds(): number {
    return Math.max(0, Math.ceil((this.tries.waitUntil - this.now().getTime()) / 1000));
  }

  /**
   * Patient files sealed with a key whose key.json is gone (the index, its backups, any session file or copy):
   * a new key would never open them, so set-up stops.
   */
  private async refuseIfSealedWithAnotherKey(): Promise<void> {
    const sealed = await findSealedFile(this.fs, this.options.dataDir);
    if (sealed) throw wrongKeyError(sealed);
  }

  /**
   * Before unlock app.json's signature cannot be checked (it needs the data key), so only what the lock screen
   * shows is taken from it: the practice name and the language. Everything else is the default until unlock.
   */
  private async settingsBeforeUnlock(): Promise<Settings> {
    try {
      const read = await readDocument(this.fs, join(this.options.dataDir, APP_FILE_NAME), appFileSchema);
      if (read.kind !== 'ok') return DEFAULT_SETTINGS;
      const { practiceName, defaultLanguage } = read.data.settings;
      return { ...DEFAULT_SETTINGS, practiceName, defaultLanguage };
    } catch {
      return DEFAULT_SETTINGS;
    }
  }

  private requireKeyFile(): KeyFile {
    if (!this.keyFile) throw new LockedError('Duet is not set up yet on this computer.');
    return this.keyFile;
  }

  private async writeKeyFile(keyFile: KeyFile): Promise<void> {
    try {
      await this.keyFiles.write(keyFile);
    } catch (cause) {
      throw new StorageError('write-failed', 'Duet could not save its key file to this computer. Nothing was changed.', {
        cause,
      });
    }
  }

  private async updateKeyFile(keyFile: KeyFile): Promise<void> {
    await this.writeKeyFile(keyFile);
    this.keyFile = keyFile;
  }

}

function waitMessage(seconds: number): string {
  return `After several wrong tries, Duet waits before checking again. Please try again in ${seconds} seconds.`;
}
