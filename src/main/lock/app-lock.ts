import { join } from 'node:path';
import type { LockState, LockStatus } from '../../shared/app-lock';
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
import {
  createKeyFile,
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

/** Wrong passphrases allowed before each further try must wait; the wait is per run of Duet. */
export const FREE_TRIES = 5;
export const WAIT_AFTER_TOO_MANY_TRIES_MS = 30_000;

export interface AppLockOptions {
  dataDir: string;
  /** null where the OS has no real key store (see electron-key-store.ts): the passphrase alone protects the key. */
  osKeyStore: OsKeyStore | null;
  /** Opens the store with the data key (main passes storage's openStore with its own options). */
  openStore: (options: { cipher: DataCipher; sealClearFiles: boolean; previousCipher: DataCipher | null }) => Promise<Store>;
  /** Runs once the store is open (checks, retention, telling about repairs); its failures are logged. */
  onStoreOpened?: (store: Store) => Promise<void> | void;
  fs?: StorageFs;
  now?: () => Date;
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
  private wrongTries = 0;
  private waitUntil = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly keyFiles: KeyFileStore;
  private readonly fs: StorageFs;
  private readonly now: () => Date;
  private readonly cost: ScryptCost;

  constructor(private readonly options: AppLockOptions) {
    this.fs = retryingFs(options.fs ?? nodeStorageFs);
    this.now = options.now ?? (() => new Date());
    this.cost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
    this.keyFiles = new KeyFileStore(this.fs, options.dataDir, this.now);
  }

  /**
   * At launch: reads key.json. With a real OS key store the data opens now (so damage is found and retention
   * runs) but the screen stays locked; without one, nothing opens until the passphrase is typed.
   */
  async start(): Promise<void> {
    await refuseDataFromNewerDuet(this.fs, this.options.dataDir);
    this.keyFile = await this.keyFiles.read();
    if (!this.keyFile) {
      this.state = 'needs-set-up';
      return;
    }
    this.state = 'locked';
    const dataKey = unwrapWithOsKeyStore(this.keyFile, this.options.osKeyStore);
    if (dataKey) await this.openWith(dataKey);
  }

  async status(): Promise<LockStatus> {
    const settings = this.store ? this.store.read().settings : await this.settingsBeforeUnlock();
    return {
      state: this.state,
      keyProtection: this.options.osKeyStore ? 'os-key-store' : 'passphrase-only',
      language: settings.defaultLanguage,
      practiceName: settings.practiceName,
      lockAfterMinutes: settings.lockAfterMinutes,
      waitSeconds: this.waitSeconds(),
    };
  }

  /** First start on this computer: makes the data key and encrypts any data written before encryption. */
  setUp(passphrase: string): Promise<LockStatus> {
    return this.serial(async () => {
      if (this.state !== 'needs-set-up') throw new LockedError('Duet is already set up on this computer.');
      await this.refuseIfSealedWithAnotherKey();
      const { keyFile, dataKey } = await createKeyFile(passphrase, this.cost, this.options.osKeyStore, this.now());
      await this.writeKeyFile(keyFile);
      this.keyFile = keyFile;
      await this.openWith(dataKey);
      this.state = 'unlocked';
      return this.status();
    });
  }

  unlock(passphrase: string): Promise<LockStatus> {
    return this.serial(async () => {
      if (this.state === 'needs-set-up') throw new LockedError('Duet is not set up yet on this computer.');
      const dataKey = await this.checkPassphrase(passphrase);
      if (!this.store) await this.openWith(dataKey);
      // A backup restored on a new computer: from now on this computer's key store opens it too.
      if (this.options.osKeyStore && this.keyFile && !unwrapWithOsKeyStore(this.keyFile, this.options.osKeyStore)) {
        await this.updateKeyFile(withOsKeyStore(this.keyFile, dataKey, this.options.osKeyStore));
      }
      this.state = 'unlocked';
      return this.status();
    });
  }

  lock(): Promise<LockStatus> {
    if (this.state === 'unlocked') this.state = 'locked';
    return this.status();
  }

  /**
   * A new passphrase and a new data key: every patient file, backups included, is re-encrypted (see
   * Store.rekey), so an old key.json with the old passphrase opens nothing written from now on. key.json records
   * the re-key first; a crash part-way is finished at the next unlock (see openWith).
   */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      const keyFile = this.requireKeyFile();
      const store = this.unlockedStore();
      const previousKey = await this.checkPassphrase(current);
      const fresh = await createKeyFile(next, this.cost, this.options.osKeyStore, this.now());
      const marked = withRekeying({ ...fresh.keyFile, sealed: true }, fresh.dataKey, previousKey, keyFile.keyId);
      try {
        await this.keyFiles.writeReplacingBackups(marked);
      } catch (cause) {
        throw new StorageError(
          'write-failed',
          'Duet could not save the new passphrase to this computer. The passphrase you used until now still works.',
          { cause },
        );
      }
      this.keyFile = marked;
      try {
        await store.rekey(new DataCipher(fresh.dataKey, marked.keyId));
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
    });
  }

  /** The store, for operations that show or hand out patient data. */
  unlockedStore(): Store {
    if (this.state !== 'unlocked' || !this.store) throw new LockedError();
    return this.store;
  }

  /**
   * The store even while the screen is locked, for writes that reveal nothing: an autosave typed just before the
   * lock must still reach the disk. Throws LockedError while nothing is open yet (no key store, no passphrase typed).
   */
  openStore(): Store {
    if (!this.store) throw new LockedError();
    return this.store;
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
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
    try {
      await this.options.onStoreOpened?.(store);
    } catch (error) {
      console.error('Duet: work after opening the data failed', error);
    }
  }

  private async checkPassphrase(passphrase: string): Promise<Buffer> {
    const waiting = this.waitSeconds();
    if (waiting > 0) throw new WrongPassphraseError(waitMessage(waiting), waiting);
    const dataKey = await unwrapWithPassphrase(this.requireKeyFile(), passphrase);
    if (dataKey) {
      this.wrongTries = 0;
      this.waitUntil = 0;
      return dataKey;
    }
    this.wrongTries += 1;
    if (this.wrongTries >= FREE_TRIES) this.waitUntil = this.now().getTime() + WAIT_AFTER_TOO_MANY_TRIES_MS;
    const wait = this.waitSeconds();
    throw new WrongPassphraseError(
      wait > 0 ? `That passphrase is not right. ${waitMessage(wait)}` : 'That passphrase is not right. Please try again.',
      wait,
    );
  }

  private waitSeconds(): number {
    return Math.max(0, Math.ceil((this.waitUntil - this.now().getTime()) / 1000));
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

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function waitMessage(seconds: number): string {
  return `After several wrong tries, Duet waits before checking again. Please try again in ${seconds} seconds.`;
}
