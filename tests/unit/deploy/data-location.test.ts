import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataLocationFor, fileSystemTypeOf, machineDataFolder, networkFolderRefusal, networkPathReason } from '../../../src/main/data-location/paths';
import { acquireWriterLock, STALE_AFTER_MS, WRITER_LOCK_FILE, type WriterLockEnv } from '../../../src/main/data-location/writer-lock';
import { finishInterruptedMove, holdsData, MOVE_LOG_FILE, moveDataFolder } from '../../../src/main/data-location/move-data-folder';
import { makeTempDir, removeTempDir } from '../../support/temp-store';

describe('where data lives (review M9, §3)', () => {
  const winEnv = { LOCALAPPDATA: 'C:\\Users\\dr\\AppData\\Local', APPDATA: 'C:\\Users\\dr\\AppData\\Roaming', ProgramData: 'C:\\ProgramData' };

  it('per user on Windows: Local AppData, never Roaming, for the data and for Chromium\'s profile', () => {
    const location = dataLocationFor({ mode: 'per-user', platform: 'win32', env: winEnv, defaultUserData: 'C:\\Users\\dr\\AppData\\Roaming\\Duet' });
    expect(location).toEqual({ mode: 'per-user', userData: 'C:\\Users\\dr\\AppData\\Local\\Duet', dataDir: 'C:\\Users\\dr\\AppData\\Local\\Duet\\data' });
    expect(location.dataDir).not.toMatch(/Roaming/);
  });

  it('shared machine: the machine-wide folder of each OS; Chromium\'s profile stays per user and local', () => {
    expect(dataLocationFor({ mode: 'shared-machine', platform: 'win32', env: winEnv, defaultUserData: 'x' })).toEqual({
      mode: 'shared-machine',
      userData: 'C:\\Users\\dr\\AppData\\Local\\Duet',
      dataDir: 'C:\\ProgramData\\Duet\\data',
    });
    expect(machineDataFolder('darwin', {})).toBe('/Library/Application Support/Duet/data');
    expect(machineDataFolder('linux', {})).toBe('/var/lib/duet/data');
    expect(dataLocationFor({ mode: 'shared-machine', platform: 'linux', env: {}, defaultUserData: '/home/dr/.config/Duet', policyDataFolder: '/srv/duet' }).dataDir).toBe('/srv/duet');
  });

  it('per user on macOS and Linux: Electron\'s own (local) folder', () => {
    expect(dataLocationFor({ mode: 'per-user', platform: 'linux', env: {}, defaultUserData: '/home/dr/.config/Duet' })).toEqual({
      mode: 'per-user',
      userData: null,
      dataDir: '/home/dr/.config/Duet/data',
    });
  });

  it('refuses network folders: Windows UNC paths and Linux network file systems', () => {
    expect(networkPathReason('\\\\fileserver\\duet\\data', 'win32')).toMatch(/network share/);
    expect(networkPathReason('//fileserver/duet', 'win32')).toMatch(/network share/);
    expect(networkPathReason('\\\\?\\C:\\ProgramData\\Duet', 'win32')).toBeNull();
    expect(networkPathReason('C:\\ProgramData\\Duet\\data', 'win32')).toBeNull();
    const mounts = ['/dev/sda1 / ext4 rw 0 0', 'server:/export /home nfs4 rw 0 0', '//nas/share /mnt/my\\040share cifs rw 0 0', '/dev/sdb1 /home/local ext4 rw 0 0'].join('\n');
    expect(fileSystemTypeOf('/home/dr/.config/Duet/data', mounts)).toBe('nfs4');
    expect(fileSystemTypeOf('/home/local/duet', mounts)).toBe('ext4');
    expect(networkPathReason('/home/dr/.config/Duet/data', 'linux', () => mounts)).toMatch(/network file system \(nfs4\)/);
    expect(networkPathReason('/mnt/my share/duet', 'linux', () => mounts)).toMatch(/cifs/);
    expect(networkPathReason('/var/lib/duet/data', 'linux', () => mounts)).toBeNull();
    expect(networkFolderRefusal('\\\\fileserver\\duet', 'it is a network share')).toMatch(/^Duet's data folder \\\\fileserver\\duet is not on this computer: it is a network share\. .*Ask your IT team/);
  });
});

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('duet-data-location-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('the data-folder writer lock (one writer across OS users)', () => {
  const start = new Date('2026-11-29T08:00:00Z');
  function envFor(overrides: Partial<WriterLockEnv> = {}): WriterLockEnv {
    return {
      host: 'exam-room-1',
      pid: 1000,
      user: 'reception',
      now: () => start,
      bootTime: () => new Date('2026-11-29T07:00:00Z'),
      isProcessAlive: () => true,
      ...overrides,
    };
  }
  const quiet = () => {};

  it('the first Duet takes it; a second one (another OS user, same computer) is refused in plain words', async () => {
    const first = await acquireWriterLock(dir, envFor(), quiet);
    expect(first.ok).toBe(true);
    const holder = JSON.parse(await readFile(join(dir, WRITER_LOCK_FILE), 'utf-8'));
    expect(holder).toMatchObject({ host: 'exam-room-1', pid: 1000, user: 'reception' });

    const second = await acquireWriterLock(dir, envFor({ pid: 2000, user: 'drsmith' }), quiet);
    expect(second).toMatchObject({ ok: false, holder: { user: 'reception' } });
    expect(second.ok === false && second.message).toMatch(/^Duet is open in another account on this computer \(reception, since .+\)\. Only one Duet at a time/);
  });

  it('is released on close, and only by its holder', async () => {
    const first = await acquireWriterLock(dir, envFor(), quiet);
    if (!first.ok) throw new Error(first.message);
    const other = await acquireWriterLock(dir, envFor({ pid: 2000 }), quiet);
    expect(other.ok).toBe(false);
    first.lock.release();
    expect(existsSync(join(dir, WRITER_LOCK_FILE))).toBe(false);
    const again = await acquireWriterLock(dir, envFor({ pid: 2000 }), quiet);
    expect(again.ok).toBe(true);
    first.lock.release(); // no longer its lock: leaves pid 2000's alone
    expect(existsSync(join(dir, WRITER_LOCK_FILE))).toBe(true);
  });

  it('takes over a stale lock (its Duet crashed, or it is from before the last restart), keeping the old one aside', async () => {
    await acquireWriterLock(dir, envFor({ pid: 1000 }), quiet);
    const logged: string[] = [];
    const afterCrash = await acquireWriterLock(dir, envFor({ pid: 2000, isProcessAlive: (pid) => pid !== 1000 }), (message) => logged.push(message));
    expect(afterCrash.ok).toBe(true);
    expect(logged).toEqual([expect.stringMatching(/took over a stale data-folder lock \(its Duet \(process 1000\) is no longer running\)/)]);
    expect((await readdir(dir)).filter((name) => name.startsWith(`${WRITER_LOCK_FILE}.stale-`))).toHaveLength(1);

    const afterReboot = await acquireWriterLock(dir, envFor({ pid: 3000, bootTime: () => new Date('2026-11-29T09:00:00Z'), now: () => new Date('2026-11-29T09:05:00Z') }), quiet);
    expect(afterReboot.ok).toBe(true);
  });

  it('a lock from another computer holds while renewed, and is stale after 5 minutes without renewal', async () => {
    await acquireWriterLock(dir, envFor({ host: 'exam-room-2' }), quiet);
    const soon = await acquireWriterLock(dir, envFor({ now: () => new Date(start.getTime() + 60_000) }), quiet);
    expect(soon.ok === false && soon.message).toMatch(/^Duet is open on another computer \(exam-room-2, reception/);
    const later = await acquireWriterLock(dir, envFor({ now: () => new Date(start.getTime() + STALE_AFTER_MS + 1) }), quiet);
    expect(later.ok).toBe(true);
  });

  it('renews its time without ever leaving a half-written lock', async () => {
    let now = start;
    const env = envFor({ now: () => now });
    const taken = await acquireWriterLock(dir, env, quiet);
    if (!taken.ok) throw new Error(taken.message);
    now = new Date(start.getTime() + 60_000);
    await taken.lock.heartbeat();
    expect(JSON.parse(await readFile(join(dir, WRITER_LOCK_FILE), 'utf-8'))).toMatchObject({ startedAt: start.toISOString(), updatedAt: now.toISOString() });
    expect(await readdir(dir)).toEqual([WRITER_LOCK_FILE]);
  });

  it('an unreadable lock is respected for a few seconds (it may be being written), then taken over', async () => {
    await writeFile(join(dir, WRITER_LOCK_FILE), '');
    const atOnce = await acquireWriterLock(dir, envFor({ now: () => new Date() }), quiet);
    expect(atOnce.ok).toBe(false);
    const later = await acquireWriterLock(dir, envFor({ now: () => new Date(Date.now() + 60_000) }), quiet);
    expect(later.ok).toBe(true);
  });
});

describe('moving a per-user data folder into the machine-wide one (explicit, logged, nothing lost)', () => {
  async function userFolder(): Promise<string> {
    const from = join(dir, 'user', 'data');
    await mkdir(join(from, 'sessions'), { recursive: true });
    await writeFile(join(from, 'key.json'), '{"wrapped":"k"}');
    await writeFile(join(from, 'app.json'), '{"settings":{}}');
    await writeFile(join(from, 'index.json'), 'sealed-index');
    await writeFile(join(from, 'sessions', 'a.json'), 'sealed-a');
    await writeFile(join(from, 'sessions', 'b.json'), Buffer.alloc(70_000, 7));
    await writeFile(join(from, WRITER_LOCK_FILE), '{}');
    return from;
  }

  async function snapshot(folder: string): Promise<Record<string, string>> {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    const files: Record<string, string> = {};
    for (const entry of entries.filter((item) => item.isFile())) {
      const path = join(entry.parentPath, entry.name);
      files[path.slice(folder.length + 1)] = (await readFile(path)).toString('base64');
    }
    return files;
  }

  it('copies and checks every file, keeps the old folder renamed, and logs each step', async () => {
    const from = await userFolder();
    const before = await snapshot(from);
    const to = join(dir, 'machine', 'data');
    await mkdir(to, { recursive: true });
    await writeFile(join(to, WRITER_LOCK_FILE), '{"held":"by the mover"}');

    const outcome = await moveDataFolder({ from, to, by: 'drsmith', now: () => new Date('2026-11-29T08:00:00Z'), log: () => {} });
    expect(outcome).toMatchObject({ moved: true, files: 5 });
    const moved = await snapshot(to);
    const { [WRITER_LOCK_FILE]: lockBefore, ...dataBefore } = before;
    expect(lockBefore).toBeDefined();
    for (const [file, content] of Object.entries(dataBefore)) expect(moved[file], file).toBe(content);
    expect(moved[WRITER_LOCK_FILE]).toBe(Buffer.from('{"held":"by the mover"}').toString('base64'));
    expect(existsSync(from)).toBe(false);
    expect(outcome.moved && (await snapshot(outcome.keptAt))).toEqual(before);
    const log = await readFile(join(to, MOVE_LOG_FILE), 'utf-8');
    expect(log).toMatch(/2026-11-29T08:00:00.000Z move started by drsmith: 5 files from .* to /);
    expect(log).toMatch(/move finished: 5 files, \d+ bytes, checked; the old folder is kept as .*-moved-2026-11-29T08-00-00-000Z/);
  });

  it('never merges into a folder that already holds data', async () => {
    const from = await userFolder();
    const to = join(dir, 'machine', 'data');
    await mkdir(to, { recursive: true });
    await writeFile(join(to, 'key.json'), '{"other":"key"}');
    const outcome = await moveDataFolder({ from, to, by: 'drsmith', log: () => {} });
    expect(outcome).toMatchObject({ moved: false, reason: expect.stringMatching(/already holds Duet data.*nothing was moved/) });
    expect(await readFile(join(to, 'key.json'), 'utf-8')).toBe('{"other":"key"}');
    expect(await holdsData(from)).toBe(true);
  });

  it('a copy that fails part-way changes nothing: the old folder stays, the partial copy is removed', async () => {
    const from = await userFolder();
    const before = await snapshot(from);
    const to = join(dir, 'machine', 'data');
    let copies = 0;
    const outcome = await moveDataFolder({
      from,
      to,
      by: 'drsmith',
      log: () => {},
      copyFile: async (source, target) => {
        copies += 1;
        if (copies === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        await writeFile(target, await readFile(source));
      },
    });
    expect(outcome).toMatchObject({ moved: false, reason: expect.stringMatching(/the copy failed \(ENOSPC.*is as it was/) });
    expect(await snapshot(from)).toEqual(before);
    expect(await holdsData(to)).toBe(false);
    expect(await readFile(join(to, MOVE_LOG_FILE), 'utf-8')).toMatch(/move stopped, nothing changed \(ENOSPC/);
  });

  it('a move interrupted after the copy was checked is finished at the next start (key.json last)', async () => {
    const to = join(dir, 'machine', 'data');
    const staging = join(to, '.moving-in');
    await mkdir(join(staging, 'sessions'), { recursive: true });
    await writeFile(join(staging, 'key.json'), 'k');
    await writeFile(join(staging, 'sessions', 'a.json'), 'a');
    await writeFile(join(to, 'index.json'), 'moved before the crash');
    await writeFile(join(staging, 'index.json'), 'moved before the crash');
    await writeFile(join(staging, '.verified'), '3\n');
    await finishInterruptedMove(to, () => {});
    expect((await readdir(to)).sort()).toEqual(['index.json', 'key.json', 'sessions']);
    expect(await readFile(join(to, 'sessions', 'a.json'), 'utf-8')).toBe('a');
  });

  it('an unchecked copy left by a crash is removed at the next start', async () => {
    const to = join(dir, 'machine', 'data');
    await mkdir(join(to, '.moving-in'), { recursive: true });
    await writeFile(join(to, '.moving-in', 'key.json'), 'half');
    await finishInterruptedMove(to, () => {});
    expect(await readdir(to)).toEqual([]);
  });
});

describe('prepareDataFolder', () => {
  const location = (dataDir: string) => ({ mode: 'shared-machine' as const, userData: null, dataDir });
  const lockEnv = { host: 'exam-room-1', pid: 4242, user: 'drsmith', now: () => new Date(), bootTime: () => new Date(0), isProcessAlive: () => true };

  it('takes the lock and releases it; a folder that cannot be made is not mistaken for a lock held elsewhere', async () => {
    const { prepareDataFolder, DataFolderRefusal } = await import('../../../src/main/data-location/prepare');
    const dataDir = join(dir, 'shared', 'data');
    const lock = await prepareDataFolder({ location: location(dataDir), earlierFolders: [], askToMove: async () => false, platform: 'linux', lockEnv, log: () => {} });
    expect(existsSync(join(dataDir, WRITER_LOCK_FILE))).toBe(true);
    lock.release();
    expect(existsSync(join(dataDir, WRITER_LOCK_FILE))).toBe(false);

    // A file where the folder should be: ENOTDIR, reported as the error it is (not as a permission problem or a lock).
    await writeFile(join(dir, 'not-a-folder'), '');
    const refused = prepareDataFolder({ location: location(join(dir, 'not-a-folder', 'data')), earlierFolders: [], askToMove: async () => false, platform: 'linux', lockEnv, log: () => {} });
    await expect(refused).rejects.toThrow(Error);
    await expect(refused).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(refused).rejects.not.toBeInstanceOf(DataFolderRefusal);
  });

  it('turns a permission error on the data folder into plain words; other errors pass through', async () => {
    const { folderProblem, DataFolderRefusal } = await import('../../../src/main/data-location/prepare');
    const denied = Object.assign(new Error("EACCES: permission denied, mkdir 'C:\\ProgramData\\Duet\\data'"), { code: 'EACCES' });
    const refusal = folderProblem('C:\\ProgramData\\Duet\\data', denied);
    expect(refusal).toBeInstanceOf(DataFolderRefusal);
    expect((refusal as Error).message).toMatch(/^Duet cannot write to its data folder C:\\ProgramData\\Duet\\data \(EACCES\)\. On a shared computer, IT gives .* Nothing was changed\.$/);
    const other = Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
    expect(folderProblem('/x', other)).toBe(other);
  });

  it('refuses a network folder before touching it', async () => {
    const { prepareDataFolder } = await import('../../../src/main/data-location/prepare');
    await expect(
      prepareDataFolder({ location: { mode: 'shared-machine', userData: null, dataDir: '\\\\fileserver\\duet' }, earlierFolders: [], askToMove: async () => false, platform: 'win32', lockEnv, log: () => {} }),
    ).rejects.toThrow(/is not on this computer: it is a network share/);
  });

  it('per-user on Windows: moves Duet 0.1\'s Roaming data into Local on its own, without asking', async () => {
    const { prepareDataFolder } = await import('../../../src/main/data-location/prepare');
    const roaming = join(dir, 'Roaming', 'Duet', 'data');
    await mkdir(roaming, { recursive: true });
    await writeFile(join(roaming, 'key.json'), 'k');
    const local = join(dir, 'Local', 'Duet', 'data');
    let asked = false;
    const lock = await prepareDataFolder({
      location: { mode: 'per-user', userData: join(dir, 'Local', 'Duet'), dataDir: local },
      earlierFolders: [local, roaming],
      askToMove: async () => (asked = true),
      platform: 'linux',
      lockEnv,
      log: () => {},
    });
    lock.release();
    expect(asked).toBe(false);
    expect(await readFile(join(local, 'key.json'), 'utf-8')).toBe('k');
    expect(existsSync(roaming)).toBe(false);
  });
});
