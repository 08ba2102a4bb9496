import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECURITY_LOG_FILE, SecurityLog } from '../../../src/main/lock/security-log';
import { nodeStorageFs } from '../../../src/main/storage';
import { makeTempDir, removeTempDir } from '../../support/temp-store';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('duet-security-log-');
});
afterEach(async () => removeTempDir(dir));

describe('the security log (m13)', () => {
  it('appends one line per event, in order, and reads them back past a torn line', async () => {
    const log = new SecurityLog(nodeStorageFs, join(dir, 'data'), () => new Date('2026-11-29T08:00:00.000Z'));
    await Promise.all([log.record('unlock-failed'), log.record('unlocked'), log.record('retention-ran', '2 deleted, 0 failed')]);
    await writeFile(join(dir, 'data', SECURITY_LOG_FILE), `${await readFile(join(dir, 'data', SECURITY_LOG_FILE), 'utf-8')}\n{"at":"2026`);
    await log.record('locked');
    expect((await log.read()).map((entry) => [entry.event, entry.detail])).toEqual([
      ['unlock-failed', undefined],
      ['unlocked', undefined],
      ['retention-ran', '2 deleted, 0 failed'],
      ['locked', undefined],
    ]);
  });

  it('a log that cannot be written does not throw (the event already happened)', async () => {
    await writeFile(join(dir, 'not-a-folder'), 'x');
    const log = new SecurityLog(nodeStorageFs, join(dir, 'not-a-folder'));
    await expect(log.record('locked')).resolves.toBeUndefined();
  });
});
