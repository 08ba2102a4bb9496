import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { decryptBytes, DecryptionError, encryptBytes, newDataKey } from '../storage/cipher';
import { derivePassphraseKey, newSalt, type ScryptCost } from './passphrase-key';
import type { OsKeyStore } from './os-key-store';

export const KEY_FILE_NAME = 'key.json';
export const KEY_FILE_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*=*$/);

/**
 * key.json: the data key, never in clear. It is always wrapped (AES-256-GCM) with a key derived from the
 * practice passphrase, so the data can be opened on any computer with the passphrase (a restore after a disk
 * failure); and, where the operating system has a real key store, also wrapped by it, so Duet can open its data
 * at start without the passphrase. Nothing in this file is secret on its own.
 */
export const keyFileSchema = z.object({
  keyFileVersion: z.literal(KEY_FILE_VERSION),
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string(),
  passphrase: z.object({
    kdf: z.literal('scrypt'),
    N: z.number().int().min(2 ** 10).max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: base64,
    iv: base64,
    tag: base64,
    wrappedKey: base64,
  }),
  osKeyStore: z.object({ wrappedKey: base64 }).nullable(),
  /** False until every clear-text file from before encryption has been sealed (see storage/seal.ts). */
  sealed: z.boolean(),
  /**
   * Present while a re-key is not finished (see AppLock.changePassphrase): the previous data key, wrapped by this
   * file's data key, so the next unlock can bring the files still under it across, then drop it.
   */
  rekeying: z.object({ fromKeyId: z.string().regex(/^[0-9a-f]{32}$/), iv: base64, tag: base64, wrappedKey: base64 }).optional(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

function wrapContext(keyId: string): string {
  return `duet-key-wrap/1:${keyId}`;
}

async function wrapWithPassphrase(dataKey: Buffer, keyId: string, passphrase: string, cost: ScryptCost) {
  const salt = newSalt();
  const wrappingKey = await derivePassphraseKey(passphrase, salt, cost);
  const { iv, tag, data } = encryptBytes(wrappingKey, dataKey, wrapContext(keyId));
  return {
    kdf: 'scrypt' as const,
    ...cost,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: tag.toString('base64'),
    wrappedKey: data.toString('base64'),
  };
}

export interface NewKey {
  keyFile: KeyFile;
  dataKey: Buffer;
}

/** A new random data key, wrapped by the passphrase and (when there is one) the OS key store. */
export async function createKeyFile(
  passphrase: string,
  cost: ScryptCost,
  osKeyStore: OsKeyStore | null,
  now: Date,
): Promise<NewKey> {
  return keyFileFor({ dataKey: newDataKey(), keyId: randomBytes(16).toString('hex') }, passphrase, cost, osKeyStore, now);
}

/**
 * A key file for a given data key: the practice key a computer receives when it joins a practice server
 * (practice-server/practice-key.ts), which must keep its id on every computer (envelopes are bound to it).
 */
export async function keyFileFor(
  key: { dataKey: Buffer; keyId: string },
  passphrase: string,
  cost: ScryptCost,
  osKeyStore: OsKeyStore | null,
  now: Date,
): Promise<NewKey> {
  const { dataKey, keyId } = key;
  const keyFile: KeyFile = {
    keyFileVersion: KEY_FILE_VERSION,
    keyId,
    createdAt: now.toISOString(),
    passphrase: await wrapWithPassphrase(dataKey, keyId, passphrase, cost),
    osKeyStore: osKeyStore ? { wrappedKey: osKeyStore.protect(dataKey).toString('base64') } : null,
    sealed: false,
  };
  return { keyFile, dataKey };
}

/** The data key behind the passphrase, or null when the passphrase is wrong. */
export async function unwrapWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer | null> {
  const { salt, iv, tag, wrappedKey, N, r, p } = keyFile.passphrase;
  const wrappingKey = await derivePassphraseKey(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
  try {
    return decryptBytes(
      wrappingKey,
      { iv: Buffer.from(iv, 'base64'), tag: Buffer.from(tag, 'base64'), data: Buffer.from(wrappedKey, 'base64') },
      wrapContext(keyFile.keyId),
    );
  } catch (error) {
    if (error instanceof DecryptionError) return null;
    throw error;
  }
}

/** The data key from the OS key store, or null when this computer's key store cannot open it. */
export function unwrapWithOsKeyStore(keyFile: KeyFile, osKeyStore: OsKeyStore | null): Buffer | null {
  if (!osKeyStore || !keyFile.osKeyStore) return null;
  try {
    const key = osKeyStore.unprotect(Buffer.from(keyFile.osKeyStore.wrappedKey, 'base64'));
    return key.length === 32 ? key : null;
  } catch {
    // Another computer or user account (a restored backup): the passphrase still opens it.
    return null;
  }
}

export function withOsKeyStore(keyFile: KeyFile, dataKey: Buffer, osKeyStore: OsKeyStore): KeyFile {
  return { ...keyFile, osKeyStore: { wrappedKey: osKeyStore.protect(dataKey).toString('base64') } };
}

function rekeyContext(fromKeyId: string, keyId: string): string {
  return `duet-key-wrap/1:rekey:${fromKeyId}:${keyId}`;
}

/** Records a re-key in progress: the previous data key, wrapped by the new one (never in clear). */
export function withRekeying(keyFile: KeyFile, dataKey: Buffer, previousKey: Buffer, previousKeyId: string): KeyFile {
  const { iv, tag, data } = encryptBytes(dataKey, previousKey, rekeyContext(previousKeyId, keyFile.keyId));
  return {
    ...keyFile,
    rekeying: { fromKeyId: previousKeyId, iv: iv.toString('base64'), tag: tag.toString('base64'), wrappedKey: data.toString('base64') },
  };
}

/** The previous data key of a re-key not yet finished, or null when there is none (or it does not open). */
export function unwrapPreviousKey(keyFile: KeyFile, dataKey: Buffer): { key: Buffer; keyId: string } | null {
  const rekeying = keyFile.rekeying;
  if (!rekeying) return null;
  try {
    const key = decryptBytes(
      dataKey,
      { iv: Buffer.from(rekeying.iv, 'base64'), tag: Buffer.from(rekeying.tag, 'base64'), data: Buffer.from(rekeying.wrappedKey, 'base64') },
      rekeyContext(rekeying.fromKeyId, keyFile.keyId),
    );
    return { key, keyId: rekeying.fromKeyId };
  } catch (error) {
    if (error instanceof DecryptionError) return null;
    throw error;
  }
}

export function withoutRekeying(keyFile: KeyFile): KeyFile {
  const { rekeying: _finished, ...rest } = keyFile;
  return rest;
}
