import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { decryptBytes, DecryptionError, encryptBytes, newDataKey } from '../storage/cipher';
import { derivePassphraseKey, newSalt, type ScryptCost } from '../lock/passphrase-key';
import { PracticeServerError } from './errors';
import type { PracticeServerConnection } from './server';

/**
 * The practice data key, shared by every room: wrapped (AES-256-GCM) with a key derived from the practice
 * passphrase by scrypt, exactly as key.json wraps a computer's own key (lock/key-file.ts), and stored on the
 * server (duet.practice_key). Whoever reads the database without the passphrase cannot open a single document.
 */
const base64 = z.string().regex(/^[A-Za-z0-9+/]*=*$/);
export const wrappedPracticeKeySchema = z.object({
  kdf: z.literal('scrypt'),
  N: z.number().int().min(2 ** 10).max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: base64,
  iv: base64,
  tag: base64,
  wrappedKey: base64,
});
export type WrappedPracticeKey = z.infer<typeof wrappedPracticeKeySchema>;

export interface PracticeKey {
  dataKey: Buffer;
  keyId: string;
}

function context(keyId: string): string {
  return `duet-practice-key/1:${keyId}`;
}

export async function wrapPracticeKey(key: PracticeKey, passphrase: string, cost: ScryptCost): Promise<WrappedPracticeKey> {
  const salt = newSalt();
  const wrappingKey = await derivePassphraseKey(passphrase, salt, cost);
  const { iv, tag, data } = encryptBytes(wrappingKey, key.dataKey, context(key.keyId));
  return { kdf: 'scrypt', ...cost, salt: salt.toString('base64'), iv: iv.toString('base64'), tag: tag.toString('base64'), wrappedKey: data.toString('base64') };
}

/** The practice key, or null when the passphrase is not the practice's. */
export async function unwrapPracticeKey(keyId: string, wrapped: WrappedPracticeKey, passphrase: string): Promise<Buffer | null> {
  const wrappingKey = await derivePassphraseKey(passphrase, Buffer.from(wrapped.salt, 'base64'), wrapped);
  try {
    return decryptBytes(
      wrappingKey,
      { iv: Buffer.from(wrapped.iv, 'base64'), tag: Buffer.from(wrapped.tag, 'base64'), data: Buffer.from(wrapped.wrappedKey, 'base64') },
      context(keyId),
    );
  } catch (error) {
    if (error instanceof DecryptionError) return null;
    throw error;
  }
}

/**
 * The practice key from the server, opened with the practice passphrase; the first room to join makes it. Two
 * rooms joining at once agree: the second finds the first one's key (INSERT … ON CONFLICT DO NOTHING).
 */
export async function fetchOrCreatePracticeKey(
  server: PracticeServerConnection,
  passphrase: string,
  cost: ScryptCost,
): Promise<PracticeKey & { created: boolean }> {
  let row = await server.practiceKey();
  let created = false;
  if (!row) {
    const fresh: PracticeKey = { dataKey: newDataKey(), keyId: randomBytes(16).toString('hex') };
    row = await server.putPracticeKeyIfAbsent(fresh.keyId, await wrapPracticeKey(fresh, passphrase, cost));
    created = row.keyId === fresh.keyId;
    if (created) return { ...fresh, created };
  }
  const wrapped = wrappedPracticeKeySchema.safeParse(row.wrapped);
  if (!wrapped.success) {
    throw new PracticeServerError(
      'server-error',
      `The practice key on the server (${server.name}) is not in a form this Duet can read. Ask your IT team; nothing was changed on this computer.`,
    );
  }
  const dataKey = await unwrapPracticeKey(row.keyId, wrapped.data, passphrase);
  if (!dataKey) {
    throw new PracticeServerError(
      'wrong-passphrase',
      'That is not the practice passphrase this practice server was set up with. Nothing was changed on this computer. Please check it and try again.',
    );
  }
  return { dataKey, keyId: row.keyId, created };
}
