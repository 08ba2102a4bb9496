/**
 * TLS with the practice's own certificate authority, against a real PostgreSQL that accepts only TLS: the right
 * CA connects and syncs; a server whose certificate another CA signed, or a Duet set up without TLS, is refused
 * with a plain message before anything is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceServerConfigSchema } from '../../src/main/practice-server/config';
import { PracticeServerConnection } from '../../src/main/practice-server/server';
import { APP_PASSWORD, postgresMissing, startPostgres, type TestPostgres } from '../support/postgres';
import { openRoom, roomSession, serverConfig, settle, type Room } from '../support/practice-rooms';

const missing = postgresMissing();
if (missing && process.env.CI) throw new Error(missing);

describe.skipIf(missing !== null)('practice server over TLS', () => {
  let server: TestPostgres;
  const rooms: Room[] = [];

  beforeAll(async () => {
    server = await startPostgres({ tls: true });
  }, 60_000);
  afterAll(async () => {
    for (const room of rooms) await room.cleanup().catch(() => undefined);
    server?.stop();
  });

  it('connects with the practice CA and shares a session between two rooms', async () => {
    const config = serverConfig(server, { caFile: server.tls!.caFile });
    rooms.push(await openRoom(server, 'tls-A', { config }), await openRoom(server, 'tls-B', { config }));
    const [a, b] = rooms as [Room, Room];
    const session = roomSession('Over TLS');
    await a.store.createSession(session);
    await settle(a, b);
    expect(b.store.hasSession(session.id)).toBe(true);
    const { rows } = await server.sql("SELECT count(*) AS n FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) WHERE usename = 'duet_app' AND ssl");
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(2);
  });

  it('refuses a server whose certificate another CA signed', async () => {
    const config = serverConfig(server, { caFile: server.tls!.otherCaFile });
    await expect(PracticeServerConnection.open(config, APP_PASSWORD)).rejects.toMatchObject({
      problem: 'tls',
      message: expect.stringMatching(/certificate is not one the practice's certificate authority signed/),
    });
  });

  it('a missing CA file, or a Duet set up without TLS, gets a plain message', async () => {
    await expect(PracticeServerConnection.open(serverConfig(server, { caFile: '/nonexistent/practice-ca.crt' }), APP_PASSWORD)).rejects.toMatchObject({
      problem: 'tls',
      message: expect.stringMatching(/could not read the practice's certificate authority file \(\/nonexistent\/practice-ca.crt\)/),
    });
    await expect(PracticeServerConnection.open(serverConfig(server), APP_PASSWORD)).rejects.toMatchObject({
      problem: 'tls',
      message: expect.stringMatching(/only accepts TLS/),
    });
  });

  it('a server on another computer cannot be configured without the practice CA', () => {
    const parsed = practiceServerConfigSchema.safeParse({ host: 'db.practice.example', port: 5432 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/needed for a server on another computer/);
    expect(practiceServerConfigSchema.safeParse({ host: 'db.practice.example', caFile: '/etc/duet/ca.pem' }).success).toBe(true);
  });
});
