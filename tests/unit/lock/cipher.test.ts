import { describe, expect, it } from 'vitest';
import { DataCipher, DecryptionError, encryptBytes, ENCRYPTED_FILE_VERSION, isCurrentFormat, isEnvelope, newDataKey } from '../../../src/main/storage/cipher';
import { unwrapWithPassphrase, createKeyFile } from '../../../src/main/lock/key-file';
import { DEFAULT_SCRYPT_COST } from '../../../src/main/lock/passphrase-key';

const SESSION = { kind: 'session', id: '2f1c6b1e-8a54-4c1e-9a47-000000000001' } as const;
const TEXT = JSON.stringify({ schemaVersion: 2, session: { patientLabel: 'J.M.', worries: 'Sleep' } });

describe('data files are sealed with AES-256-GCM', () => {
  const KEY = newDataKey();
  const KEY_ID = 'a'.repeat(32);
  const cipher = new DataCipher(KEY, KEY_ID);

  it('round-trips, and the sealed text shows none of the content', () => {
    const sealed = cipher.seal(TEXT, SESSION);
    expect(sealed).not.toContain('J.M.');
    expect(sealed).not.toContain('Sleep');
    const envelope = JSON.parse(sealed) as unknown;
    expect(isEnvelope(envelope)).toBe(true);
    expect((envelope as { schemaVersion: number }).schemaVersion).toBe(ENCRYPTED_FILE_VERSION);
    expect(cipher.open(envelope as never, SESSION).toString('utf-8')).toBe(TEXT);
  });

  it('uses a fresh nonce every time: the same text never seals the same way twice', () => {
    expect(cipher.seal(TEXT, SESSION)).not.toBe(cipher.seal(TEXT, SESSION));
  });

  it.each([
    ['one bit of the data', 'data'],
    ['the tag', 'tag'],
    ['the nonce', 'iv'],
  ] as const)('refuses a file with %s changed', (_what, field) => {
    const envelope = JSON.parse(cipher.seal(TEXT, SESSION)) as Record<string, string>;
    const bytes = Buffer.from(envelope[field]!, 'base64');
    bytes[0] = bytes[0]! ^ 0x01;
    envelope[field] = bytes.toString('base64');
    expect(() => cipher.open(envelope as never, SESSION)).toThrow(DecryptionError);
  });

  it('refuses to open with another key, even one claiming the same key id', () => {
    const other = new DataCipher(newDataKey(), 'a'.repeat(32));
    expect(() => other.open(JSON.parse(cipher.seal(TEXT, SESSION)) as never, SESSION)).toThrow(DecryptionError);
  });

  it('binds each file to its kind and id (format 2): another session or the list cannot pass for it', () => {
    const envelope = JSON.parse(cipher.seal(TEXT, SESSION)) as Record<string, unknown>;
    expect(envelope).toMatchObject({ format: 2, kind: 'session', id: SESSION.id });
    const otherSession = { kind: 'session', id: '2f1c6b1e-8a54-4c1e-9a47-000000000002' } as const;
    expect(() => cipher.open(envelope as never, otherSession)).toThrow(DecryptionError);
    expect(() => cipher.open(envelope as never, { kind: 'index', id: 'index' })).toThrow(DecryptionError);
    // Relabelling the clear kind and id does not help: the associated data is what the reader expects.
    expect(() => cipher.open({ ...envelope, id: otherSession.id } as never, otherSession)).toThrow(DecryptionError);
  });

  it('still opens a format-1 envelope (bound to the key id only), which the store then rewrites as format 2', () => {
    const { iv, tag, data } = encryptBytes(KEY, Buffer.from(TEXT), `duet-data-file/1:${KEY_ID}`);
    const v1 = { schemaVersion: ENCRYPTED_FILE_VERSION, cipher: 'aes-256-gcm', keyId: KEY_ID, iv: iv.toString('base64'), tag: tag.toString('base64'), data: data.toString('base64') };
    expect(isEnvelope(v1)).toBe(true);
    expect(isCurrentFormat(v1 as never)).toBe(false);
    expect(cipher.open(v1 as never, SESSION).toString('utf-8')).toBe(TEXT);
  });
});

describe('the data key in key.json', () => {
  it('with the shipped scrypt cost, opens with the passphrase and with nothing else', async () => {
    const { keyFile, dataKey } = await createKeyFile('the practice passphrase', DEFAULT_SCRYPT_COST, null, new Date());
    expect(keyFile.passphrase).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(JSON.stringify(keyFile)).not.toContain(dataKey.toString('base64'));
    expect(JSON.stringify(keyFile)).not.toContain(dataKey.toString('hex'));
    expect(await unwrapWithPassphrase(keyFile, 'the practice passphrase')).toEqual(dataKey);
    expect(await unwrapWithPassphrase(keyFile, 'the practice passphrasE')).toBeNull();
    expect(await unwrapWithPassphrase(keyFile, '')).toBeNull();
  }, 20_000);

  it('treats the same passphrase typed with a composed or decomposed accent as the same', async () => {
    const composed = 'contraseña clínica';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const { keyFile, dataKey } = await createKeyFile(composed, { N: 2 ** 12, r: 8, p: 1 }, null, new Date());
    expect(await unwrapWithPassphrase(keyFile, decomposed)).toEqual(dataKey);
  });
});
