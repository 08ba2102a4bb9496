import { basename } from 'node:path';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

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

/**
 * Which file an envelope belongs to, bound into its associated data (format 2), so a file copied over another one
 * (another session's, or the index over a session) never opens as that file. Backups, moved-aside copies and temp
 * files share the binding of the file they are a version of.
 */
export interface FileBinding {
  /** 'journal': one sealed line of index.journal (see journal.ts); never a whole file, so never re-sealed in place. */
  kind: 'session' | 'index' | 'legacy' | 'facts' | 'journal';
  /** The session id; 'index' for the index and its journal; 'duet' for Duet 0.1's duet.json; 'outcome-facts' for the facts. */
  id: string;
}

const SESSION_NAME = /^\.?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json/i;

/**
 * The binding of a patient-data file, from its name (`<id>.json*`, `index.json*`, `duet.json*`,
 * `outcome-facts.json*`); null for others.
 */
export function bindingForFile(path: string): FileBinding | null {
  const name = basename(path);
  const session = SESSION_NAME.exec(name);
  if (session) return { kind: 'session', id: session[1]!.toLowerCase() };
  if (/^\.?index\.json/.test(name)) return { kind: 'index', id: 'index' };
  if (/^\.?duet\.json/.test(name)) return { kind: 'legacy', id: 'duet' };
  // The practice's outcome facts (outcome-facts.ts).
  if (/^\.?outcome-facts\.json/.test(name)) return { kind: 'facts', id: 'outcome-facts' };
  return null;
}

/** An encrypted file as it is on disk: JSON, so a reader can tell at a glance what it is and which key it needs. */
export interface Envelope {
  schemaVersion: typeof ENCRYPTED_FILE_VERSION;
  cipher: typeof ALGORITHM;
  /** 2: the associated data binds the file's kind and id (absent: format 1, bound to the key id only). */
  format?: 2;
  /** Names the data key (not secret): a file sealed with another key is refused, never treated as damage. */
  keyId: string;
  /** Format 2, in clear (the id is in the file name anyway): lets Duet say which file this really is. */
  kind?: FileBinding['kind'];
  id?: string;
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

/** Whether the envelope uses the current format; older ones are rewritten when next read (see read-document.ts). */
export function isCurrentFormat(envelope: Envelope): boolean {
  return envelope.format === 2;
}

/** An envelope whose clear kind and id name another file than the one it sits in (a swap or a copy). */
export function belongsElsewhere(envelope: Envelope, binding: FileBinding): boolean {
  return envelope.format === 2 && (envelope.kind !== binding.kind || envelope.id !== binding.id);
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

/** Format 1 bound only the key id; format 2 adds the file's kind and id. */
const FILE_CONTEXT_V1 = 'duet-data-file/1';
const FILE_CONTEXT_V2 = 'duet-data-file/2';
const SETTINGS_MAC_INFO = 'duet-settings-mac/1';

/** The data key in use, able to seal and open data files. Kept in main's memory only. */
export class DataCipher {
  private readonly macKey: Buffer;

  constructor(
    private readonly key: Buffer,
    readonly keyId: string,
  ) {
    if (key.length !== KEY_BYTES) throw new Error('A data key is 32 bytes');
    // A separate key for the settings check, so one key never serves two algorithms.
    this.macKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), SETTINGS_MAC_INFO, KEY_BYTES));
  }

  seal(plainText: string | Buffer, binding: FileBinding): string {
    const plain = typeof plainText === 'string' ? Buffer.from(plainText, 'utf-8') : plainText;
    const { iv, tag, data } = encryptBytes(this.key, plain, contextFor(this.keyId, binding));
    const envelope: Envelope = {
      schemaVersion: ENCRYPTED_FILE_VERSION,
      cipher: ALGORITHM,
      format: 2,
      keyId: this.keyId,
      kind: binding.kind,
      id: binding.id,
      iv: iv.toString('base64'),
      tag: tag.toString('base64'),
      data: data.toString('base64'),
    };
    return JSON.stringify(envelope);
  }

  /**
   * The envelope's plain bytes, checked to belong to `binding` (format 2) or at least to this key (format 1).
   * Check `envelope.keyId === this.keyId` first: a mismatch is not damage.
   */
  open(envelope: Envelope, binding: FileBinding): Buffer {
    return decryptBytes(
      this.key,
      {
        iv: Buffer.from(envelope.iv, 'base64'),
        tag: Buffer.from(envelope.tag, 'base64'),
        data: Buffer.from(envelope.data, 'base64'),
      },
      isCurrentFormat(envelope) ? contextFor(envelope.keyId, binding) : `${FILE_CONTEXT_V1}:${envelope.keyId}`,
    );
  }

  /** HMAC-SHA256 of `text` under a key derived from the data key: app.json's proof that Duet wrote it. */
  mac(text: string): string {
    return createHmac('sha256', this.macKey).update(text, 'utf-8').digest('base64');
  }

  /** Compares in constant time. */
  verifyMac(text: string, mac: string): boolean {
    const expected = Buffer.from(this.mac(text), 'base64');
    const given = Buffer.from(mac, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

function contextFor(keyId: string, binding: FileBinding): string {
  return `${FILE_CONTEXT_V2}:${keyId}:${binding.kind}:${binding.id}`;
}
