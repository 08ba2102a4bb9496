import type { LockState } from '../../src/shared/app-lock';
import { AppLock } from '../../src/main/lock/app-lock';
import { KEY_FILE_NAME, keyFileSchema } from '../../src/main/lock/key-file';
import { unwrapWithPassphrase } from '../../src/main/lock/key-file';
import type { ScryptCost } from '../../src/main/lock/passphrase-key';
import { bindingForFile, DataCipher, isEnvelope } from '../../src/main/storage/cipher';
import { openStore, type OpenStoreOptions } from '../../src/main/storage';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The practice passphrase every test app is set up with. */
export const TEST_PASSPHRASE = 'correct horse battery staple';
/**
 * A cheap scrypt cost so that tests set up and unlock in milliseconds. The key file records its cost, so the
 * code path is the app's own; the app's default cost is measured in the benchmark and one unit test.
 */
export const TEST_SCRYPT_COST: ScryptCost = { N: 2 ** 12, r: 8, p: 1 };

/**
 * The app's lock over a data folder, with no OS key store (as on Linux without a keyring), brought to `start`:
 * 'needs-set-up' (nothing done), 'unlocked' (set up with TEST_PASSPHRASE), or 'locked' (set up, then locked).
 * A folder already set up is unlocked with TEST_PASSPHRASE unless `start` is 'locked'.
 */
export async function startTestLock(
  dataDir: string,
  start: LockState = 'unlocked',
  storeOptions: OpenStoreOptions = {},
): Promise<AppLock> {
  const lock = new AppLock({
    dataDir,
    osKeyStore: null,
    scryptCost: TEST_SCRYPT_COST,
    now: storeOptions.now,
    openStore: (options) => openStore(dataDir, { ...storeOptions, ...options }),
  });
  await lock.start();
  if (start === 'needs-set-up') return lock;
  const status = await lock.status();
  if (status.state === 'needs-set-up') await lock.setUp(TEST_PASSPHRASE);
  else await lock.unlock(TEST_PASSPHRASE);
  if (start === 'locked') await lock.lock();
  return lock;
}

/** The data key of a folder set up with TEST_PASSPHRASE, for tests that read the files back. */
export async function testCipher(dataDir: string): Promise<DataCipher> {
  const keyFile = keyFileSchema.parse(JSON.parse(await readFile(join(dataDir, KEY_FILE_NAME), 'utf-8')));
  const dataKey = await unwrapWithPassphrase(keyFile, TEST_PASSPHRASE);
  if (!dataKey) throw new Error('TEST_PASSPHRASE does not open this folder');
  return new DataCipher(dataKey, keyFile.keyId);
}

/** A data file's text as the app reads it: decrypted when it is an envelope. */
export async function readDataFile(path: string, cipher: DataCipher | null): Promise<string> {
  const text = await readFile(path, 'utf-8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  const binding = bindingForFile(path);
  return cipher && binding && isEnvelope(parsed) ? cipher.open(parsed, binding).toString('utf-8') : text;
}
