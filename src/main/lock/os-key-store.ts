/**
 * The operating system's key store (Keychain, DPAPI, libsecret/kwallet), as Electron's safeStorage offers it.
 * Only handed to the lock when it is real: see electron-key-store.ts.
 */
export interface OsKeyStore {
  protect(secret: Buffer): Buffer;
  unprotect(protectedSecret: Buffer): Buffer;
}
