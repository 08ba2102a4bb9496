import { join } from 'node:path';
import { isEnvelope, type DataCipher } from './cipher';
import { LEGACY_FILE_NAME, SESSIONS_FOLDER, STORE_FILE_NAME } from './schema';
import { errorCode, syncFolder, type StorageFs } from './storage-fs';

/**
 * Which files in the data folder hold patient data, and so must be encrypted: the index (patient labels), every
 * file in sessions/ (the sessions, their backups, moved-aside copies, and temp files left by a crash), and Duet
 * 0.1's duet.json in any moved-aside form. app.json (practice settings), key.json, index.journal (ids, times,
 * status) and audit.log (ids, times, actions) hold none and stay readable.
 */
function holdsPatientData(name: string): boolean {
  return name.startsWith(STORE_FILE_NAME) || name.startsWith(`.${STORE_FILE_NAME}`) || name.startsWith(`${LEGACY_FILE_NAME}.`);
}

export interface SealReport {
  /** Files that were in clear text and are now encrypted. */
  sealed: string[];
}

/**
 * Encrypts, in place and durably, every patient-data file that is still in clear text (data written before
 * encryption was set up, or by Duet 0.1). Files already sealed are left alone, so it is safe to run again after a
 * crash part-way through. A file that is not even JSON (a damaged, moved-aside copy) is sealed as it is: kept,
 * never deleted, but no longer readable without the key.
 */
export async function sealClearFiles(fs: StorageFs, dataDir: string, cipher: DataCipher): Promise<SealReport> {
  const sealed: string[] = [];
  const sessionsDir = join(dataDir, SESSIONS_FOLDER);
  const folders: Array<{ dir: string; names: string[] }> = [
    { dir: dataDir, names: (await listFolder(fs, dataDir)).filter(holdsPatientData) },
    { dir: sessionsDir, names: await listFolder(fs, sessionsDir) },
  ];
  for (const { dir, names } of folders) {
    for (const name of names) {
      const file = join(dir, name);
      if (await sealFile(fs, file, cipher)) sealed.push(file);
    }
    if (names.length > 0) await syncFolder(fs, dir);
  }
  return { sealed };
}

async function listFolder(fs: StorageFs, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** True when the file was clear and is now sealed. Writes a temp file, syncs it and renames it over the file. */
export async function sealFile(fs: StorageFs, file: string, cipher: DataCipher): Promise<boolean> {
  const bytes = await fs.readFile(file);
  if (alreadySealed(bytes)) return false;
  const temp = `${file}.sealing`;
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(cipher.seal(bytes));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, file);
  return true;
}

function alreadySealed(bytes: Buffer): boolean {
  try {
    return isEnvelope(JSON.parse(bytes.toString('utf-8')));
  } catch {
    return false;
  }
}
