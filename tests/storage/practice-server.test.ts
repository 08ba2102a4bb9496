/**
 * Three exam rooms (real encrypted stores behind the app lock) against one real PostgreSQL server: sharing,
 * an outage while two rooms edit, a conflict, a tampered envelope, and the plain messages for a wrong password,
 * a wrong practice passphrase and a server set up by a newer Duet. Nothing mocks the database.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PracticeServerConnection } from '../../src/main/practice-server/server';
import { PracticeSync } from '../../src/main/practice-server/sync';
import { joinPracticeServer } from '../../src/main/practice-server/join';
import { SERVER_SCHEMA_VERSION } from '../../src/main/practice-server/server-schema';
import { PracticeServerError } from '../../src/main/practice-server/errors';
import { APP_PASSWORD, postgresMissing, startPostgres, SUPERUSER, SUPERUSER_PASSWORD, type TestPostgres } from '../support/postgres';
import { eventually, openRoom, roomSession, saveWorries, serverConfig, settle, withTimeout, type Room } from '../support/practice-rooms';
import { makeTempDir, removeTempDir } from '../support/temp-store';
import { answersWithPlan } from '../support/sessions';
import { applyAnswers } from '../../src/shared/domain/answers';
import { CURRENT_SCHEMA_VERSION } from '../../src/main/storage/schema';
import { startTestLock, TEST_PASSPHRASE, TEST_SCRYPT_COST } from '../support/test-lock';

const missing = postgresMissing();
if (missing && process.env.CI) throw new Error(missing);
if (missing) console.warn(`Skipping the practice-server tests: ${missing}`);

describe.skipIf(missing !== null)('practice server: rooms sharing through a real PostgreSQL', () => {
  let server: TestPostgres;
  let a: Room;
  let b: Room;
  let c: Room;

  beforeAll(async () => {
    server = await startPostgres();
    a = await openRoom(server, 'A');
    b = await openRoom(server, 'B');
    c = await openRoom(server, 'C');
  }, 60_000);
  afterAll(async () => {
    for (const room of [a, b, c]) await room?.cleanup().catch(() => undefined);
    server?.stop();
  }, 30_000);

  it('every room joined with one practice key: a session agreed in room A is followed up in room B and seen in room C', async () => {
    const keyIds = await Promise.all([a, b, c].map((room) => room.lock.dataCipher().keyId));
    expect(new Set(keyIds).size).toBe(1);

    const plan = roomSession('R.A.');
    await a.store.createSession(plan);
    // Agreed in room A, as main records an agreement (applyAnswers sets agreedAt once both confirm).
    await a.store.updateSession(plan.id, (current) =>
      applyAnswers(
        current,
        answersWithPlan({ agreedOption: 'therapy', patientConfirmed: true, clinicianConfirmed: true }, { ...current.answers, worries: 'agreed in room A' }),
        new Date(),
      ),
    );
    const other = roomSession('R.C.');
    await c.store.createSession(other);
    await settle(a, c, b);

    const inB = await b.store.getSession(plan.id);
    expect(inB?.answers.worries).toBe('agreed in room A');
    expect(inB?.answers.plan).toMatchObject({ agreedOption: 'therapy', agreedAt: expect.any(String) });
    await saveWorries(b.store, plan.id, 'followed up in room B');
    await settle(b, a, c);
    expect((await a.store.getSession(plan.id))?.answers.worries).toBe('followed up in room B');
    expect((await c.store.getSession(plan.id))?.answers.worries).toBe('followed up in room B');
    // The dashboard room sees both rooms' sessions in its list.
    const listed = c.store.listSessions().map((summary) => ({ label: summary.patientLabel, status: summary.status }));
    expect(listed).toEqual(expect.arrayContaining([{ label: 'R.A.', status: 'agreed' }, { label: 'R.C.', status: 'in-progress' }]));
    expect(b.sync.status()).toMatchObject({ state: 'connected', problem: null, conflicts: 0, refused: [] });
  });

  it('the server holds only envelopes and what sync needs: no patient label or answer in clear', async () => {
    const { rows } = await server.sql('SELECT * FROM duet.documents');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(rows[0] as object).sort()).toEqual(['deleted', 'doc_id', 'envelope', 'kind', 'machine_id', 'seq', 'version']);
    const everything = JSON.stringify((await server.sql('SELECT * FROM duet.documents')).rows) + JSON.stringify((await server.sql('SELECT * FROM duet.practice_key')).rows);
    for (const clear of ['R.A.', 'R.C.', 'room A', 'room B', 'Rivera', 'depression']) expect(everything).not.toContain(clear);
  });

  it('the server stops while rooms A and B both edit; when it is back both converge and nothing is lost', async () => {
    const shared = roomSession('Outage');
    await a.store.createSession(shared);
    await settle(a, b);
    server.pause();
    try {
      await eventually('A to notice the server is down', async () => {
        a.sync.nudge();
        return a.sync.status().state === 'offline';
      });
      // Saving with the server down works as ever.
      const fromA = roomSession('Made in A offline');
      const fromB = roomSession('Made in B offline');
      await a.store.createSession(fromA);
      await b.store.createSession(fromB);
      for (let index = 0; index < 5; index += 1) {
        await saveWorries(a.store, fromA.id, `A${index}`);
        await saveWorries(b.store, fromB.id, `B${index}`);
      }
      await saveWorries(b.store, shared.id, 'edited in B while the server was down');
      await eventually('B offline', async () => {
        b.sync.nudge();
        return b.sync.status().state === 'offline';
      });
      const status = b.sync.status();
      expect(status.offlineSince).not.toBeNull();
      expect(status.problem).toMatch(/cannot reach the practice server/);
      expect(status.left).toBeGreaterThan(0);
    } finally {
      server.resume();
    }
    await settle(a, b, a, b);
    for (const room of [a, b]) {
      const labels = room.store.listSessions().map((summary) => summary.patientLabel);
      expect(labels).toEqual(expect.arrayContaining(['Made in A offline', 'Made in B offline', 'Outage']));
    }
    const idA = a.store.listSessions().find((summary) => summary.patientLabel === 'Made in A offline')!.id;
    const idB = a.store.listSessions().find((summary) => summary.patientLabel === 'Made in B offline')!.id;
    for (const room of [a, b]) {
      expect((await room.store.getSession(idA))?.answers.worries).toBe('A4');
      expect((await room.store.getSession(idB))?.answers.worries).toBe('B4');
      expect((await room.store.getSession(shared.id))?.answers.worries).toBe('edited in B while the server was down');
      expect(room.sync.status()).toMatchObject({ state: 'connected', conflicts: 0, left: 0 });
    }
  }, 60_000);

  it('the same session edited in two rooms offline: both copies kept, the conflict shown, and the choice travels', async () => {
    const session = roomSession('Two rooms');
    await a.store.createSession(session);
    await settle(a, b);
    server.pause();
    try {
      await eventually('A offline', async () => {
        a.sync.nudge();
        return a.sync.status().state === 'offline';
      });
      await saveWorries(a.store, session.id, 'room A version');
      await saveWorries(b.store, session.id, 'room B version');
    } finally {
      server.resume();
    }
    await settle(a, b, a, b);
    const conflicted = [a, b].filter((room) => room.sync.status().conflicts > 0);
    expect(conflicted).toHaveLength(1);
    const loser = conflicted[0]!;
    const winner = loser === a ? b : a;
    const [conflict] = await loser.sync.listConflicts();
    expect(conflict).toMatchObject({ id: session.id, patientLabel: 'Two rooms' });
    // The practice's copy is current in both rooms; the losing room's own copy is kept beside it.
    const winnerText = `${winner.name === 'A' ? 'room A' : 'room B'} version`;
    const loserText = `${loser.name === 'A' ? 'room A' : 'room B'} version`;
    expect((await loser.store.getSession(session.id))?.answers.worries).toBe(winnerText);
    expect((await loser.sync.conflictCopy(session.id))?.answers.worries).toBe(loserText);

    await loser.sync.resolveConflict(session.id, 'this-room');
    await settle(loser, winner);
    expect(loser.sync.status().conflicts).toBe(0);
    expect((await winner.store.getSession(session.id))?.answers.worries).toBe(loserText);
    expect((await loser.store.getSession(session.id))?.answers.worries).toBe(loserText);
  }, 60_000);

  it('a deletion travels as a tombstone', async () => {
    const session = roomSession('To delete');
    await a.store.createSession(session);
    await settle(a, b, c);
    expect(c.store.hasSession(session.id)).toBe(true);
    await b.store.deleteSession(session.id);
    await settle(b, a, c);
    expect(a.store.hasSession(session.id)).toBe(false);
    expect(c.store.hasSession(session.id)).toBe(false);
    const { rows } = await server.sql('SELECT deleted, envelope FROM duet.documents WHERE doc_id = $1', [session.id]);
    expect(rows[0]).toEqual({ deleted: true, envelope: null });
  }, 30_000);

  it('an envelope changed on the server is refused in plain words; the room keeps its copy and keeps working', async () => {
    const session = roomSession('Tamper');
    await a.store.createSession(session);
    await saveWorries(a.store, session.id, 'the real answer');
    await settle(a, b);
    const { rows } = await server.sql('SELECT envelope FROM duet.documents WHERE doc_id = $1', [session.id]);
    const envelope = JSON.parse(rows[0].envelope as string) as { data: string };
    const bytes = Buffer.from(envelope.data, 'base64');
    bytes[5] = bytes[5]! ^ 0x01;
    envelope.data = bytes.toString('base64');
    await server.sql(
      `UPDATE duet.documents SET envelope = $2, version = version + 1, seq = nextval(pg_get_serial_sequence('duet.documents', 'seq')) WHERE doc_id = $1`,
      [session.id, JSON.stringify(envelope)],
    );
    await settle(b);
    const refused = b.sync.status().refused.filter((entry) => entry.id === session.id);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.message).toMatch(/changed on the practice server after Duet saved it/);
    expect((await b.store.getSession(session.id))?.answers.worries).toBe('the real answer');
    expect(b.sync.status().state).toBe('connected');
    // Room A saves again: its copy replaces the one nobody can open.
    await saveWorries(a.store, session.id, 'saved again in A');
    await settle(a, b);
    expect((await b.store.getSession(session.id))?.answers.worries).toBe('saved again in A');
    // Replaced by a good version: nothing is left to tell.
    expect(b.sync.status().refused).toEqual([]);
  }, 30_000);

  it('a session saved by a newer Duet (a field this Duet does not know) is refused, not applied and later overwritten without it', async () => {
    const session = roomSession('From a newer Duet');
    await a.store.createSession(session);
    await saveWorries(a.store, session.id, 'before the newer Duet');
    await settle(a, b);
    const newer = { schemaVersion: CURRENT_SCHEMA_VERSION, session: { ...session, answers: { ...session.answers, worries: 'newer', followUpVisits: [{ on: '2026-12-01' }] } } };
    const envelope = a.lock.dataCipher().seal(JSON.stringify(newer), { kind: 'session', id: session.id });
    await server.sql(
      `UPDATE duet.documents SET envelope = $2, version = version + 1, machine_id = $3, seq = nextval(pg_get_serial_sequence('duet.documents', 'seq')) WHERE doc_id = $1`,
      [session.id, envelope, crypto.randomUUID()],
    );
    await settle(b);
    expect(b.sync.status().refused.filter((entry) => entry.id === session.id)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/saved by a newer Duet in another room/) }),
    ]);
    expect((await b.store.getSession(session.id))?.answers.worries).toBe('before the newer Duet');
    // A save here does not overwrite the newer Duet's copy: it waits (kept in this room) until Duet is updated here.
    await saveWorries(b.store, session.id, 'edited in the older room');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const { rows } = await server.sql('SELECT envelope FROM duet.documents WHERE doc_id = $1', [session.id]);
    expect(rows[0].envelope).toBe(envelope);
    expect((await b.store.getSession(session.id))?.answers.worries).toBe('edited in the older room');
    expect(b.sync.status()).toMatchObject({ state: 'connected', left: 1 });
    // The row vanishes from the server (an admin removed it): room B's copy goes back, with a version above any
    // a room has seen, and room A takes it.
    await server.sql('DELETE FROM duet.documents WHERE doc_id = $1', [session.id]);
    await settle(b, a);
    expect((await a.store.getSession(session.id))?.answers.worries).toBe('edited in the older room');
    expect(b.sync.status()).toMatchObject({ state: 'connected', left: 0, refused: [] });
  }, 30_000);

  it('a wrong role password, a wrong practice passphrase and a server set up by a newer Duet get plain messages', async () => {
    const config = serverConfig(server);
    await expect(PracticeServerConnection.open(config, 'not the password')).rejects.toMatchObject({
      problem: 'wrong-password',
      message: expect.stringMatching(/did not accept Duet's sign-in for the role "duet_app"/),
    });

    // The sync itself reports it in its status and keeps the room working.
    const dir = await makeTempDir('duet-room-wrong-');
    const sync = await PracticeSync.open({ dataDir: dir, config, password: async () => 'not the password', retryMs: [100, 200] });
    const lock = await startTestLock(dir, 'unlocked', { onDocumentChange: sync.noteChange });
    sync.start(lock.openStore(), lock.dataCipher());
    await eventually('the wrong password to show', () => sync.status().problem !== null);
    expect(sync.status()).toMatchObject({ state: 'offline', problem: expect.stringMatching(/did not accept Duet's sign-in/) });
    await lock.openStore().createSession(roomSession('Saved without the server'));
    expect(lock.openStore().listSessions()).toHaveLength(1);

    const joining = joinPracticeServer({
      lock,
      config,
      password: 'room-password-for-tests',
      currentPassphrase: TEST_PASSPHRASE,
      practicePassphrase: 'not the practice passphrase',
      scryptCost: TEST_SCRYPT_COST,
    });
    await expect(joining).rejects.toBeInstanceOf(PracticeServerError);
    await expect(joining).rejects.toMatchObject({ problem: 'wrong-passphrase', message: expect.stringMatching(/not the practice passphrase/) });
    await sync.stop();
    await lock.close();
    await removeTempDir(dir);

    const newer = SERVER_SCHEMA_VERSION + 1;
    await server.sql(`INSERT INTO duet.schema_version (version, applied_by) VALUES ($1, 'a newer Duet')`, [newer]);
    try {
      await expect(PracticeServerConnection.open(config, 'room-password-for-tests')).rejects.toMatchObject({
        problem: 'server-too-new',
        message: expect.stringMatching(new RegExp(`set up by a newer Duet \\(server version ${newer}; this Duet knows up to ${SERVER_SCHEMA_VERSION}\\)`)),
      });
      a.sync.nudge();
      // A running room that reconnects says so too, and keeps saving locally.
      await server.sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', ['duet_app']);
      await eventually('room A to report the newer server', () => /newer Duet/.test(a.sync.status().problem ?? ''));
      await a.store.createSession(roomSession('While the server is too new'));
    } finally {
      await server.sql('DELETE FROM duet.schema_version WHERE version = $1', [newer]);
    }
    await withTimeout(a.sync.idle(), 20_000, 'A back in sync');
    expect(a.sync.status()).toMatchObject({ state: 'connected', problem: null });
  }, 60_000);

  it('a pg_dump made as the role restores into a new database that a new room pulls everything from', async () => {
    await settle(a, b, c);
    const dump = join(await makeTempDir('duet-dump-'), 'duet.dump');
    const env = { ...process.env, PGPASSWORD: APP_PASSWORD };
    execFileSync(join(server.binDir, 'pg_dump'), ['--format=custom', `--file=${dump}`, '-h', server.host, '-p', String(server.port), '-U', 'duet_app', '--dbname=duet'], { env });
    // As docs/practice-server.md §5: an empty database set up as in §1 without its CREATE SCHEMA, then pg_restore as a superuser.
    await server.sql('CREATE DATABASE duet_restored');
    await server.sql('GRANT CONNECT ON DATABASE duet_restored TO duet_app');
    execFileSync(join(server.binDir, 'pg_restore'), ['--exit-on-error', '-h', server.host, '-p', String(server.port), '-U', SUPERUSER, '--dbname=duet_restored', dump], {
      env: { ...process.env, PGPASSWORD: SUPERUSER_PASSWORD },
    });
    const restored = await openRoom(server, 'restored', { config: serverConfig(server, { database: 'duet_restored' }) });
    try {
      await settle(restored);
      const expected = new Set(a.store.listSessions().map((summary) => summary.id));
      expect(expected.size).toBeGreaterThan(5);
      expect(new Set(restored.store.listSessions().map((summary) => summary.id))).toEqual(expected);
      expect(restored.sync.status()).toMatchObject({ state: 'connected', conflicts: 0, refused: [] });
    } finally {
      await restored.cleanup();
      await removeTempDir(join(dump, '..'));
    }
  }, 60_000);

  it('a backup restored over the server after later changes: the rooms put back what it lacked, without false conflicts', async () => {
    const deletedLater = roomSession('In the backup, deleted after it');
    await b.store.createSession(deletedLater);
    await settle(b, a, c);
    const dumpDir = await makeTempDir('duet-dump-');
    const dump = join(dumpDir, 'duet.dump');
    execFileSync(join(server.binDir, 'pg_dump'), ['--format=custom', `--file=${dump}`, '-h', server.host, '-p', String(server.port), '-U', 'duet_app', '--dbname=duet'], {
      env: { ...process.env, PGPASSWORD: APP_PASSWORD },
    });
    // After the backup: a new session in A, a follow-up in B, a deletion in C.
    const later = roomSession('After the backup');
    await a.store.createSession(later);
    const followed = a.store.listSessions().find((summary) => summary.patientLabel === 'R.A.')!;
    await saveWorries(b.store, followed.id, 'followed up after the backup');
    const gone = roomSession('Deleted after the backup');
    await c.store.createSession(gone);
    await settle(c);
    await c.store.deleteSession(gone.id);
    await a.store.deleteSession(deletedLater.id);
    await settle(a, b, c);

    // IT restores the backup (in one transaction), and the server restarts.
    await server.sql('DROP SCHEMA duet CASCADE');
    execFileSync(join(server.binDir, 'pg_restore'), ['--exit-on-error', '--single-transaction', '-h', server.host, '-p', String(server.port), '-U', SUPERUSER, '--dbname=duet', dump], {
      env: { ...process.env, PGPASSWORD: SUPERUSER_PASSWORD },
    });
    await server.sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', ['duet_app']);
    await settle(a, b, c, a, b, c);

    for (const room of [a, b, c]) {
      expect(room.store.hasSession(later.id), `${room.name} has the session made after the backup`).toBe(true);
      expect((await room.store.getSession(followed.id))?.answers.worries, room.name).toBe('followed up after the backup');
      expect(room.store.hasSession(gone.id), `${room.name} keeps the deletion`).toBe(false);
      expect(room.store.hasSession(deletedLater.id), `${room.name} keeps the deletion the backup lacks`).toBe(false);
      expect(room.sync.status(), room.name).toMatchObject({ state: 'connected', conflicts: 0, refused: [], left: 0 });
    }
    const { rows } = await server.sql('SELECT doc_id FROM duet.documents WHERE doc_id = $1 AND NOT deleted', [later.id]);
    expect(rows).toHaveLength(1);
    // The deletion is on the server again, so a room joining later does not get the session back.
    const tombstone = await server.sql('SELECT deleted FROM duet.documents WHERE doc_id = $1', [deletedLater.id]);
    expect(tombstone.rows).toEqual([{ deleted: true }]);
    await removeTempDir(dumpDir);
  }, 90_000);

  it('the role needs no right outside schema duet: it cannot read another schema or create a database', async () => {
    const admin = await server.admin();
    try {
      await admin.query('CREATE TABLE public.other_data (x int)');
    } finally {
      await admin.end();
    }
    const pg = await import('pg');
    const client = new pg.default.Client({ host: server.host, port: server.port, database: server.database, user: 'duet_app', password: 'room-password-for-tests' });
    await client.connect();
    try {
      await expect(client.query('SELECT * FROM public.other_data')).rejects.toMatchObject({ code: '42501' });
      await expect(client.query('CREATE DATABASE other')).rejects.toMatchObject({ code: '42501' });
    } finally {
      await client.end();
    }
  });
});
