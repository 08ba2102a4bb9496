import type { SafeStorage } from 'electron';
import type { OsKeyStore } from './os-key-store';

/**
 * safeStorage is only a key store when the OS backs it. On Linux without a keyring it reports `basic_text` and
 * encrypts with a fixed key published in Chromium's source: that protects nothing, so Duet treats it as absent
 * and relies on the practice passphrase alone.
 */
export function electronKeyStore(safeStorage: SafeStorage, platform: NodeJS.Platform): OsKeyStore | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return null;
  }
  return {
    // safeStorage works on strings; base64 carries the 32 raw bytes through unchanged.
    protect: (secret) => safeStorage.encryptString(secret.toString('base64')),
    unprotect: (protectedSecret) => Buffer.from(safeStorage.decryptString(protectedSecret), 'base64'),
  };
}
