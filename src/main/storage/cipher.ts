import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The top-level schemaVersion of every encrypted file. It is above the document versions on purpose: a Duet from
 * before encryption sees a "newer version" file and refuses to touch it, instead of moving it aside as damaged.
 */
export const ENCRYPTED_FILE_VERSION = 3;

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
/** 96-bit nonces, random per write: at Duet's write rates a collision is far below 2^-32 over decades. */
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** An encrypted file as it is on disk: JSON, so a reader can tell at a glance what it is and which key it needs. */
export interface Envelope {
  schemaVersion: typeof ENCRYPTED_FILE_VERSION;
  cipher: typeof ALGORITHM;
  /** Names the data key (not secret): a file sealed with another key is refused, never treated as damage. */
  keyId: string;
  iv: string;
  tag: string;
  data: string;
}

export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.schemaVersion === ENCRYPTED_FILE_VERSION &&
    record.cipher === ALGORITHM &&
    typeof record.keyId === 'string' &&
    typeof record.iv === 'string' &&
    typeof record.tag === 'string' &&
    typeof record.data === 'string'
  );
}

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** AES-256-GCM with one random nonce per message; `context` is bound as associated data. */
export function encryptBytes(key: Buffer, plain: Buffer, context: string): { iv: Buffer; tag: Buffer; data: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf-8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

/** Throws DecryptionError when the key is wrong or a single bit of the message was changed. */
export function decryptBytes(key: Buffer, parts: { iv: Buffer; tag: Buffer; data: Buffer }, context: string): Buffer {
  if (parts.iv.length !== IV_BYTES || parts.tag.length !== TAG_BYTES) throw new DecryptionError('Malformed message');
  try {
    const decipher = createDecipheriv(ALGORITHM, key, parts.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf-8'));
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.data), decipher.final()]);
  } catch {
    throw new DecryptionError('The data could not be decrypted: wrong key, or changed since it was written');
  }
}

/** Every data file is sealed with this associated data, so a file cannot pass for another kind of Duet data. */
const FILE_CONTEXT = 'duet-data-file/1';

/** The data key in use, able to seal and open data files. Kept in main's memory only. */
export class DataCipher {
  constructor(
    private readonly key: Buffer,
    readonly keyId: string,
  ) {
    if (key.length !== KEY_BYTES) throw new Error('A data key is 32 bytes');
  }

  seal(plainText: string | Buffer): string {
    const plain = typeof plainText === 'string' ? Buffer.from(plainText, 'utf-8') : plainText;
    const { iv, tag, data } = encryptBytes(this.key, plain, `${FILE_CONTEXT}:${this.keyId}`);
    const envelope: Envelope = {
      schemaVersion: ENCRYPTED_FILE_VERSION,
      cipher: ALGORITHM,
      keyId: this.keyId,
      iv: iv.toString('base64'),
      tag: tag.toString('base64'),
      data: data.toString('base64'),
    };
    return JSON.stringify(envelope);
  }

  /** The envelope's plain bytes. Check `envelope.keyId === this.keyId` first: a mismatch is not damage. */
  open(envelope: Envelope): Buffer {
    return decryptBytes(
      this.key,
      {
        iv: Buffer.from(envelope.iv, 'base64'),
        tag: Buffer.from(envelope.tag, 'base64'),
        data: Buffer.from(envelope.data, 'base64'),
      },
      `${FILE_CONTEXT}:${envelope.keyId}`,
    );
  }
}
