import { join } from 'node:path';
import { z } from 'zod';
import type { AppLock } from '../lock/app-lock';
import type { OsKeyStore } from '../lock/os-key-store';
import { DEFAULT_SCRYPT_COST, type ScryptCost } from '../lock/passphrase-key';
import type { DataCipher } from '../storage/cipher';
import { writeSynced } from '../storage/durable-file';
import { errorCode, nodeStorageFs, syncFolder, type StorageFs } from '../storage/storage-fs';
import type { Store } from '../storage/store';
import type { DocumentChangeListener } from '../storage/sync-hooks';
import type { PracticeServerConfig } from './config';
import { PracticeServerError } from './errors';
import { joinPracticeServer } from './join';
import { SYNC_FOLDER } from './local-state';
import { ServerPasswordStore } from './password-store';
import { PracticeSync, type SyncConflict, type SyncStatus } from './sync';

const JOINED_FILE = 'joined.json';
const joinedSchema = z.object({ keyId: z.string(), server: z.string(), joinedAt: z.string() });

/** The status Home shows: the sync's, or "not joined yet" before this computer has joined the practice server. */
export type PracticeServerStatus = SyncStatus | { state: 'not-joined'; problem: string | null };

export interface PracticeServerServiceOptions {
  dataDir: string;
  config: PracticeServerConfig;
  osKeyStore: OsKeyStore | null;
  fs?: StorageFs;
  scryptCost?: ScryptCost;
  pollMs?: number;
  onStatus?: (status: PracticeServerStatus) => void;
}

/**
 * Main's practice server, when the policy names one: the sync's outbox hook for the store, joining, and the sync
 * started after each unlock once this computer has joined. Without a practice server none of this exists.
 */
export class PracticeServerService {
  private started = false;
  private problem: string | null = null;

  private constructor(
    private readonly options: PracticeServerServiceOptions,
    private readonly sync: PracticeSync,
    private readonly passwords: ServerPasswordStore,
    private readonly fs: StorageFs,
  ) {}

  static async open(options: PracticeServerServiceOptions): Promise<PracticeServerService> {
    const fs = options.fs ?? nodeStorageFs;
    const passwords = new ServerPasswordStore(fs, options.dataDir, options.osKeyStore);
    let service: PracticeServerService | null = null;
    const sync = await PracticeSync.open({
      dataDir: options.dataDir,
      config: options.config,
      fs,
      pollMs: options.pollMs,
      password: () => passwords.read(),
      onStatus: (status) => {
        if (service?.started) options.onStatus?.(status);
      },
    });
    service = new PracticeServerService(options, sync, passwords, fs);
    return service;
  }

  /** For openStore's onDocumentChange: the outbox, which works whether or not the server is reachable. */
  get noteChange(): DocumentChangeListener {
    return this.sync.noteChange;
  }

  private get serverName(): string {
    const { host, port, database } = this.options.config;
    return `${host}:${port}/${database}`;
  }

  private joinedFile(): string {
    return join(this.options.dataDir, SYNC_FOLDER, JOINED_FILE);
  }

  private async joinedKeyId(): Promise<string | null> {
    try {
      const parsed = joinedSchema.safeParse(JSON.parse(await this.fs.readFile(this.joinedFile(), 'utf-8')));
      return parsed.success && parsed.data.server === this.serverName ? parsed.data.keyId : null;
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || error instanceof SyntaxError) return null;
      throw error;
    }
  }

  /** After an unlock: starts the sync when this computer has joined this server with the key it uses now. */
  async storeOpened(store: Store, cipher: DataCipher): Promise<void> {
    if (this.started) return;
    if ((await this.joinedKeyId()) !== cipher.keyId) return;
    this.sync.start(store, cipher);
    this.started = true;
    this.options.onStatus?.(this.status());
  }

  /**
   * Joins this computer (IT, once): keeps the role's password in the OS key store, fetches (or, first computer,
   * makes) the practice key, brings the local data under it, and starts sharing. Plain-words PracticeServerError
   * on any refusal; nothing is changed on this computer before the server has accepted the passphrase.
   */
  async join(lock: AppLock, input: { password: string; currentPassphrase: string; practicePassphrase: string }): Promise<void> {
    // First: without an OS key store there is nowhere to keep the password, so nothing else is done.
    this.passwords.checkAvailable();
    const { keyId } = await joinPracticeServer({
      lock,
      config: this.options.config,
      password: input.password,
      currentPassphrase: input.currentPassphrase,
      practicePassphrase: input.practicePassphrase,
      scryptCost: this.options.scryptCost ?? DEFAULT_SCRYPT_COST,
    });
    // Only once the server has accepted it: a mistyped password on joining again never replaces the one that works.
    await this.passwords.save(input.password);
    const file = this.joinedFile();
    await writeSynced(this.fs, `${file}.tmp`, JSON.stringify({ keyId, server: this.serverName, joinedAt: new Date().toISOString() }));
    await this.fs.rename(`${file}.tmp`, file);
    await syncFolder(this.fs, join(file, '..'));
    this.problem = null;
    await this.storeOpened(lock.openStore(), lock.dataCipher());
  }

  /** For AppLock's passphraseChangeRefusal: a joined computer shares the practice key, so its passphrase stays. */
  async passphraseChangeRefusal(): Promise<string | null> {
    if ((await this.joinedKeyId()) === null) return null;
    return 'This computer shares its data with the other exam rooms through the practice server, so its passphrase is the practice passphrase and cannot be changed here yet. Ask your IT team.';
  }

  status(): PracticeServerStatus {
    if (!this.started) return { state: 'not-joined', problem: this.problem };
    return this.sync.status();
  }

  listConflicts(): Promise<SyncConflict[]> {
    if (!this.started) return Promise.resolve([]);
    return this.sync.listConflicts();
  }

  resolveConflict(id: string, keep: 'practice' | 'this-room'): Promise<string> {
    if (!this.started) throw new PracticeServerError('not-set-up', 'This computer has not joined the practice server.');
    return this.sync.resolveConflict(id, keep);
  }

  /** For tests and "sync now". */
  idle(): Promise<void> {
    return this.sync.idle();
  }

  async stop(): Promise<void> {
    if (this.started) await this.sync.stop();
    this.started = false;
  }
}
