export { openStore, type Store, type OpenStoreOptions } from './store';
export { StorageError, isStorageError, type StorageFailure } from './errors';
export type { RecoveryNotice, RecoveryReason } from './load';
export { CURRENT_SCHEMA_VERSION, STORE_FILE_NAME, defaultStoreData, storeDataSchema, type StoreData } from './schema';
export { MIGRATIONS, type Migration } from './migrations';
