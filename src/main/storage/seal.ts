import { join } from 'node:path';
import { bindingForFile, DecryptionError, isCurrentFormat, isEnvelope, type DataCipher, type Envelope } from './cipher';
import { writeSynced } from './durable-file';
import { moveAside } from './move-aside';
import { LEGACY_FILE_NAME, SESSIONS_FOLDER, STORE_FILE_NAME } from './schema';
import { OUTCOME_FACTS_FILE_NAME } from './outcome-facts';
import { errorCode, syncFolder, type StorageFs } from './storage-fs';

/**
 * Which files in the data folder hold patient data, and so must be encrypted: the index (patient labels), every
 * file in sessions/ (the sessions, their backups, moved-aside copies, and temp files left by a crash), and Duet
 * 0.1's duet.json in any moved-aside form, and outcome-facts.json (de-identified, but about patients). app.json
 * (practice settings, signed: see settings-file.ts), key.json and audit.log (ids, times, actions) hold none and stay
 * readable. index.journal is not a whole-file envelope: each of its lines is sealed on its own when written
 * (journal.ts), and a re-key folds it into the index instead.
 */
function holdsPatientData(name: string): boolean {
  return (
    name.startsWith(STORE_FILE_NAME) ||
    name.startsWith(`.${STORE_FILE_NAME}`) ||
    name.startsWith(`${LEGACY_FILE_NAME}.`) ||
    // The practice's de-identified outcome facts (outcome-facts.ts): still patient data, so sealed and re-keyed.
    name.startsWith(OUTCOME_FACTS_FILE_NAME) ||
    name.startsWith(`.${OUTCOME_FACTS_FILE_NAME}`)
  );
}

/** Every patient-data file in the folder, grouped by the folder that holds it (for one folder sync each). */
export async function patientDataFiles(fs: StorageFs, dataDir: string): Promise<Array<{ dir: string; files: string[] }>> {
  const sessionsDir = join(dataDir, SESSIONS_FOLDER);
  return [
    { dir: dataDir, files: (await listFolder(fs, dataDir)).filter(holdsPatientData).map((name) => join(dataDir, name)) },
    { dir: sessionsDir, files: (await listFolder(fs, sessionsDir)).map((name) => join(sessionsDir, name)) },
  ];
}

/** The first patient-data file that is an encrypted envelope, or null (before set-up: is there data under a lost key?). */
export async function findSealedFile(fs: StorageFs, dataDir: string): Promise<string | null> {
  for (const { files } of await patientDataFiles(fs, dataDir)) {
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(file);
      } catch {
        continue; // a folder, or gone: not a sealed file
      }
      if (envelopeIn(bytes)) return file;
    }
  }
  return null;
}

/** How many files are re-sealed at once. */
const RESEAL_BATCH = 16;

export interface SealReport {
  /** Files rewritten under the target key. */
  sealed: string[];
  /** Files under the old key that failed to open (changed on disk): moved aside, to be repaired when read. */
  movedAside: string[];
}

/**
 * Brings every patient-data file under `to`, in place and durably: clear-text files (`from` null: data written
 * before encryption was set up, or by Duet 0.1) or files sealed with the previous key (`from`: a re-key, see
 * rekey.ts). Files already under `to` are left alone, so it is safe to run again after a crash part-way through.
 * A clear file that is not even JSON (a damaged, moved-aside copy) is sealed as it is: kept, never deleted, but
 * no longer readable without the key.
 */
export async function resealAll(fs: StorageFs, dataDir: string, to: DataCipher, from: DataCipher | null, now: Date): Promise<SealReport> {
  const report: SealReport = { sealed: [], movedAside: [] };
  for (const { dir, files } of await patientDataFiles(fs, dataDir)) {
    let changed = false;
    // A batch at a time, so the files' syncs overlap (each file is independent: its own temp and rename).
    for (let start = 0; start < files.length; start += RESEAL_BATCH) {
      const batch = files.slice(start, start + RESEAL_BATCH);
      // Every write of the batch is finished before a failure is reported: none is left running behind it.
      const settled = await Promise.allSettled(batch.map((file) => resealFile(fs, file, to, from, now)));
      for (const [index, result] of settled.entries()) {
        if (result.status === 'rejected') throw result.reason;
        if (result.value === 'sealed') report.sealed.push(batch[index]!);
        if (result.value === 'moved-aside') report.movedAside.push(batch[index]!);
        changed ||= result.value !== 'left';
      }
    }
    if (changed) await syncFolder(fs, dir);
  }
  return report;
}

/** First start with a key: seals every clear patient-data file (see resealAll). */
export function sealClearFiles(fs: StorageFs, dataDir: string, cipher: DataCipher, now: Date = new Date()): Promise<SealReport> {
  return resealAll(fs, dataDir, cipher, null, now);
}

type Outcome = 'sealed' | 'moved-aside' | 'left';

/** Writes a temp file beside `file`, syncs it and renames it over the file (the folder is synced by the caller). */
async function resealFile(fs: StorageFs, file: string, to: DataCipher, from: DataCipher | null, now: Date): Promise<Outcome> {
  const binding = bindingForFile(file);
  if (!binding || /\.(sealing|purging)$/.test(file)) {
    // A temp file of a reseal (or a purge, see purge.ts) cut short: its target is still whole, so it holds nothing that is needed.
    if (binding) await unlinkIfThere(fs, file);
    return 'left';
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'left';
    throw error;
  }
  const envelope = envelopeIn(bytes);
  let plain: Buffer;
  if (!envelope) {
    if (from) return 'left'; // re-keying: clear text here is not Duet's (see read-document.ts), and stays damage
    plain = bytes;
  } else if (from && envelope.keyId === from.keyId) {
    try {
      plain = from.open(envelope, binding);
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      await moveAside(fs, file, 'corrupt', now);
      return 'moved-aside';
    }
  } else if (envelope.keyId === to.keyId && !isCurrentFormat(envelope)) {
    // Sealed before files were bound to their names: bring it to the current format while we are here.
    try {
      plain = to.open(envelope, binding);
    } catch (error) {
      if (error instanceof DecryptionError) return 'left'; // damage: found and repaired when the file is read
      throw error;
    }
  } else {
    return 'left';
  }
  const temp = `${file}.sealing`;
  await writeSynced(fs, temp, to.seal(plain, binding));
  await fs.rename(temp, file);
  return 'sealed';
}

async function unlinkIfThere(fs: StorageFs, file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

async function listFolder(fs: StorageFs, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

function envelopeIn(bytes: Buffer): Envelope | null {
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf-8'));
    return isEnvelope(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Seals one clear file in place (Duet 0.1's kept duet.json after migration). True when it was clear. */
export async function sealFile(fs: StorageFs, file: string, cipher: DataCipher): Promise<boolean> {
  return (await resealFile(fs, file, cipher, null, new Date())) === 'sealed';
}
