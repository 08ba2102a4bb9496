export { openStore, type Store, type OpenStoreOptions } from './store';
export { StorageError, isStorageError, type StorageFailure } from './errors';
export type { RecoveryNotice, RecoveryReason, FileRecovery } from './recovery';
export {
  APP_FILE_NAME,
  CURRENT_SCHEMA_VERSION,
  JOURNAL_FILE_NAME,
  LEGACY_FILE_NAME,
  LEGACY_SCHEMA_VERSION,
  SESSIONS_FOLDER,
  STORE_FILE_NAME,
  defaultAppFile,
  type AppState,
  type LegacyStoreData,
} from './schema';
export { MIGRATIONS, type Migration } from './migrations';
export { DurableJsonFile, BACKUP_COUNT, backupPath } from './durable-file';
export { nodeStorageFs, type StorageFs } from './storage-fs';
export { DEFAULT_RETRY_POLICY, NO_RETRIES, type RetryPolicy } from './retrying-fs';
export { AuditLog, AUDIT_FILE_NAME } from './audit-log';
export type { DocumentChange, DocumentChangeListener, RemoteChange, BeforeRemoteChange } from './sync-hooks';
