import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataCipher, newDataKey } from '../../../src/main/storage/cipher';
import { openStore, type RecoveryNotice } from '../../../src/main/storage';
import { answersWithPlan, sampleSession } from '../../support/sessions';
import { makeTempDir, removeTempDir } from '../../support/temp-store';

let dir: string;
const cipher = new DataCipher(newDataKey(), 'b'.repeat(32));
const session = sampleSession({ patientLabel: 'K.L.', answers: answersWithPlan({ goals: ['Sleep through the night'] }) });
const sessionFile = () => join(dir, 'sessions', `${session.id}.json`);

beforeEach(async () => {
  dir = await makeTempDir('duet-encrypted-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

async function storeWithOneSession(): Promise<void> {
  const store = await openStore(dir, { cipher, backupEveryMs: 0 });
  await store.createSession(session);
  await store.updateSession(session.id, (current) => ({ ...current, updatedAt: '2025-01-02T11:00:00.000Z' }));
  await store.close();
}

describe('an encrypted session file that was changed on disk', () => {
  it('is treated as damage on first open: moved aside, the last good backup restored, and the people told', async () => {
    await storeWithOneSession();
    const envelope = JSON.parse(await readFile(sessionFile(), 'utf-8')) as { data: string };
    const bytes = Buffer.from(envelope.data, 'base64');
    bytes[5] = bytes[5]! ^ 0xff;
    await writeFile(sessionFile(), JSON.stringify({ ...envelope, data: bytes.toString('base64') }));

    const notices: RecoveryNotice[] = [];
    const store = await openStore(dir, { cipher, onRecovery: (notice) => notices.push(notice) });
    try {
      expect(store.recovery).toBeNull(); // found only when the session is first opened
      const opened = await store.getSession(session.id);
      expect(opened?.patientLabel).toBe('K.L.');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ reason: 'invalid-json', files: [{ restoredFrom: `${sessionFile()}.bak-1` }] });
      expect(notices[0]!.message).toMatch(/The saved session for "K.L." .* was damaged\. Duet restored its last good copy/);
      expect(notices[0]!.message).toMatch(/The old file was kept, not deleted/);
      // The repaired file is encrypted like the rest.
      expect(await readFile(sessionFile(), 'utf-8')).not.toContain('K.L.');
    } finally {
      await store.close();
    }
  });

  it('opening an encrypted folder without its key throws and changes nothing', async () => {
    await storeWithOneSession();
    const before = await readFile(sessionFile(), 'utf-8');
    await expect(openStore(dir)).rejects.toMatchObject({ failure: 'wrong-key' });
    await expect(openStore(dir, { cipher: new DataCipher(newDataKey(), 'c'.repeat(32)) })).rejects.toMatchObject({ failure: 'wrong-key' });
    expect(await readFile(sessionFile(), 'utf-8')).toBe(before);
  });
});
