import { join } from 'node:path';
import { writeSynced } from '../storage/durable-file';
import { errorCode, syncFolder, type StorageFs } from '../storage/storage-fs';
import type { OsKeyStore } from '../lock/os-key-store';
import { PracticeServerError } from './errors';
import { SYNC_FOLDER } from './local-state';

const PASSWORD_FILE = 'server-password.bin';

/**
 * The practice-server role's password, kept only as the OS key store (DPAPI, Keychain, a real Linux keyring)
 * protects it: never in a file in clear. Where the OS has no real key store, Duet does not keep it at all.
 * (The role only reaches encrypted envelopes: the practice passphrase, not this password, protects the data.)
 */
export class ServerPasswordStore {
  private readonly file: string;

  constructor(
    private readonly fs: StorageFs,
    dataDir: string,
    private readonly osKeyStore: OsKeyStore | null,
  ) {
    this.file = join(dataDir, SYNC_FOLDER, PASSWORD_FILE);
  }

  /** Throws the plain-words refusal when there is no OS key store to keep the password with. */
  checkAvailable(): void {
    this.requireKeyStore();
  }

  async save(password: string): Promise<void> {
    const keyStore = this.requireKeyStore();
    await this.fs.mkdir(join(this.file, '..'), { recursive: true });
    await writeSynced(this.fs, `${this.file}.tmp`, keyStore.protect(Buffer.from(password, 'utf-8')));
    await this.fs.rename(`${this.file}.tmp`, this.file);
    await syncFolder(this.fs, join(this.file, '..'));
  }

  /** The saved password; a PracticeServerError in plain words when there is none or it cannot be opened here. */
  async read(): Promise<string> {
    const keyStore = this.requireKeyStore();
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.file);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      throw new PracticeServerError('not-set-up', 'No password for the practice server is saved on this computer yet. Ask your IT team to join this computer to the practice server.');
    }
    try {
      return keyStore.unprotect(bytes).toString('utf-8');
    } catch (cause) {
      throw new PracticeServerError(
        'not-set-up',
        'The practice server password saved on this computer cannot be opened by this user account. Ask your IT team to join this computer to the practice server again.',
        { cause },
      );
    }
  }

  private requireKeyStore(): OsKeyStore {
    if (!this.osKeyStore) {
      throw new PracticeServerError(
        'not-set-up',
        'This computer has no operating-system key store (on Linux: no keyring), so Duet will not keep the practice server password. Ask your IT team (docs/practice-server.md).',
      );
    }
    return this.osKeyStore;
  }
}
