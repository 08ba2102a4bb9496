import type { AppLock } from '../lock/app-lock';
import type { ScryptCost } from '../lock/passphrase-key';
import type { PracticeServerConfig } from './config';
import { fetchOrCreatePracticeKey } from './practice-key';
import { PracticeServerConnection } from './server';

export interface JoinOptions {
  lock: AppLock;
  config: PracticeServerConfig;
  /** The role's password (from the OS key store in the app). */
  password: string;
  /** This computer's passphrase until now (proves the person may re-key its data). */
  currentPassphrase: string;
  /** The practice passphrase: opens the practice key on the server (the first computer to join sets it). */
  practicePassphrase: string;
  scryptCost: ScryptCost;
}

/**
 * Joins this computer to the practice server: migrates the server's schema if need be, fetches the practice key
 * (the first computer makes it) and brings every local file under it with the lock's crash-safe re-key. The
 * local data stays where it is; the sync (sync.ts) then pushes it. Throws PracticeServerError in plain words
 * (server unreachable, wrong role password, wrong practice passphrase, server too new …).
 */
export async function joinPracticeServer(options: JoinOptions): Promise<{ createdPracticeKey: boolean; keyId: string }> {
  const connection = await PracticeServerConnection.open(options.config, options.password);
  try {
    const key = await fetchOrCreatePracticeKey(connection, options.practicePassphrase, options.scryptCost);
    await options.lock.adoptPracticeKey(options.currentPassphrase, options.practicePassphrase, key);
    return { createdPracticeKey: key.created, keyId: key.keyId };
  } finally {
    await connection.close();
  }
}
