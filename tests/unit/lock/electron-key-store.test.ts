import type { SafeStorage } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronKeyStore } from '../../../src/main/lock/electron-key-store';

/** Electron's safeStorage, stubbed: a reversible transform stands in for the OS key store. */
function stubSafeStorage(available: boolean, backend: ReturnType<SafeStorage['getSelectedStorageBackend']>): SafeStorage {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from([...Buffer.from(text)].reverse()),
    decryptString: (buffer: Buffer) => Buffer.from([...buffer].reverse()).toString(),
  } as unknown as SafeStorage;
}

describe('which safeStorage counts as a key store', () => {
  it.each([
    ['Linux with no keyring (basic_text: a fixed, public key)', stubSafeStorage(true, 'basic_text'), 'linux'],
    ['Linux with an unknown backend', stubSafeStorage(true, 'unknown'), 'linux'],
    ['no encryption available at all', stubSafeStorage(false, 'gnome_libsecret'), 'win32'],
  ] as const)('not %s', (_case, safeStorage, platform) => {
    expect(electronKeyStore(safeStorage, platform)).toBeNull();
  });

  it.each([
    ['Linux with libsecret', stubSafeStorage(true, 'gnome_libsecret'), 'linux'],
    ['Linux with KWallet', stubSafeStorage(true, 'kwallet5'), 'linux'],
    ['Windows (DPAPI)', stubSafeStorage(true, 'unknown'), 'win32'],
    ['macOS (Keychain)', stubSafeStorage(true, 'unknown'), 'darwin'],
  ] as const)('%s, and the 32-byte key comes back unchanged', (_case, safeStorage, platform) => {
    const store = electronKeyStore(safeStorage, platform);
    expect(store).not.toBeNull();
    const key = Buffer.from(Array.from({ length: 32 }, (_, index) => (index * 37) % 256));
    const protectedKey = store!.protect(key);
    expect(protectedKey.equals(key)).toBe(false);
    expect(store!.unprotect(protectedKey).equals(key)).toBe(true);
  });
});
