import { join } from 'node:path';
import { bindingForFile, DecryptionError, isEnvelope, type DataCipher } from './cipher';
import { writeSynced } from './durable-file';
import { isPlainObject } from './read-document';
import { LEGACY_FILE_NAME, STORE_FILE_NAME } from './schema';
import { errorCode, syncFolder, type StorageFs } from './storage-fs';

/**
 * Copies of the list kept beside it (backups, moved-aside copies, temp files), and Duet 0.1's kept duet.json in
 * any form: each may name a deleted session, or (duet.json) hold it whole.
 */
function isListCopy(name: string): boolean {
  return (
    (name.startsWith(`${STORE_FILE_NAME}.`) || name.startsWith(`.${STORE_FILE_NAME}.`) || name.startsWith(`${LEGACY_FILE_NAME}.`)) &&
    name !== STORE_FILE_NAME
  );
}

/**
 * After a session is deleted and the index written without it: removes it from every other copy of the list
 * and from Duet 0.1's kept file. A copy that can be read is rewritten without the session (durably, sealed as
 * before); one that cannot be read (damaged, or under a key that is gone), and so might still hold it, is
 * deleted, as is a clear one that mentions the id. Temp files of a write or seal cut short are deleted.
 */
export async function removeFromListCopies(fs: StorageFs, dataDir: string, id: string, cipher: DataCipher | null): Promise<void> {
  let changed = false;
  for (const name of (await fs.readdir(dataDir)).filter(isListCopy)) {
    const file = join(dataDir, name);
    if (name.endsWith('.sealing') || name.endsWith('.tmp') || name.endsWith('.purging')) {
      await unlinkIfThere(fs, file);
      changed = true;
      continue;
    }
    let text: string;
    try {
      text = await fs.readFile(file, 'utf-8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') continue;
      throw error;
    }
    const opened = openCopy(text, file, cipher);
    if (opened === 'unreadable') {
      // A damaged copy, or one under a key that is gone: it may still hold the session, and serves no repair.
      if (text.includes(id) || isEnvelope(safeParse(text))) {
        await unlinkIfThere(fs, file);
        changed = true;
      }
      continue;
    }
    const sessions = isPlainObject(opened.document) ? opened.document.sessions : undefined;
    const named = Array.isArray(sessions) && sessions.some((entry) => isPlainObject(entry) && entry.id === id);
    if (!named) {
      if (!opened.inner.includes(id) || Array.isArray(sessions)) continue;
      await unlinkIfThere(fs, file); // mentions the id but is not a list: nothing to keep
      changed = true;
      continue;
    }
    const kept = { ...(opened.document as Record<string, unknown>), sessions: sessions.filter((entry) => !(isPlainObject(entry) && entry.id === id)) };
    const json = JSON.stringify(kept);
    const binding = bindingForFile(file);
    const temp = `${file}.purging`;
    await writeSynced(fs, temp, opened.sealed && cipher && binding ? cipher.seal(json, binding) : json);
    await fs.rename(temp, file);
    changed = true;
  }
  if (changed) await syncFolder(fs, dataDir);
}

type OpenedCopy = { inner: string; document: unknown; sealed: boolean } | 'unreadable';

function openCopy(text: string, file: string, cipher: DataCipher | null): OpenedCopy {
  const outer = safeParse(text);
  if (outer === undefined) return 'unreadable';
  if (!isEnvelope(outer)) return { inner: text, document: outer, sealed: false };
  const binding = bindingForFile(file);
  if (!cipher || !binding || outer.keyId !== cipher.keyId) return 'unreadable';
  let inner: string;
  try {
    inner = cipher.open(outer, binding).toString('utf-8');
  } catch (error) {
    if (error instanceof DecryptionError) return 'unreadable';
    throw error;
  }
  const document = safeParse(inner);
  return document === undefined ? 'unreadable' : { inner, document, sealed: true };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function unlinkIfThere(fs: StorageFs, file: string): Promise<void> {
  try {
    await fs.unlink(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}
