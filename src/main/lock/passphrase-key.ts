import { randomBytes, scrypt as scryptCallback, type ScryptOptions } from 'node:crypto';

/**
 * scrypt settings for turning the practice passphrase into a key. N = 2^17 with r = 8 uses 128 MiB and about half
 * a second per try on a 2-core exam-room machine: slow enough to make guessing expensive, fast enough to type.
 * They are stored with each key file, so they can be raised later without breaking older files.
 */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
export const SALT_BYTES = 16;

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES);
}

export function derivePassphraseKey(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // Node refuses more than 32 MiB by default; the cost above needs 128 × N × r bytes plus some room.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  // NFC: the same passphrase typed on another keyboard layout (é as one or two code points) gives the same key.
  const normalised = passphrase.normalize('NFC');
  return new Promise((resolve, reject) => {
    scryptCallback(normalised, salt, 32, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
