import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, type Result } from '../../../src/shared/contract';
import { channelFor } from '../../../src/shared/channels';
import { createTestDuet, type TestDuet } from '../../support/test-duet';

type Handler = (event: unknown, input: unknown) => Promise<Result<unknown>>;
const handlers = vi.hoisted(() => new Map<string, (event: unknown, input: unknown) => Promise<unknown>>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => {
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpcHandlers } = await import('../../../src/main/ipc/register');
const { appProtocolRendererLocation } = await import('../../../src/main/renderer-location');

const APP_URL = 'app://duet/index.html#/session/1';
const renderer = appProtocolRendererLocation();
const frameEvent = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

let duet: TestDuet;
let unregister: () => void;
let logged: string[];

beforeEach(async () => {
  handlers.clear();
  logged = [];
  duet = await createTestDuet();
  unregister = registerIpcHandlers({ operations: duet.operations, renderer, log: (message) => logged.push(message) });
});
afterEach(async () => {
  unregister();
  await duet.cleanup();
});

const handlerFor = (name: string) => handlers.get(channelFor(name as never)) as Handler;

describe('registerIpcHandlers', () => {
  it('handles exactly one channel per operation', () => {
    expect([...handlers.keys()].sort()).toEqual(OPERATION_NAMES.map(channelFor).sort());
  });

  it('runs operations for the app page, validating the input', async () => {
    expect(await handlerFor('listSessions')(frameEvent(APP_URL), undefined)).toEqual({ ok: true, value: [] });
    expect(await handlerFor('getSession')(frameEvent(APP_URL), { id: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it.each([
    ['a web page', frameEvent('https://evil.example/')],
    ['another local file', frameEvent('file:///tmp/evil.html')],
    ['a sub-frame of the app page', frameEvent(APP_URL, { url: APP_URL })],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s before touching the store', async (_who, event) => {
    const before = await readFile(duet.store.file, 'utf-8');
    const result = await handlerFor('createSession')(event, {
      clinicianName: 'X',
      patientLabel: 'Y',
      conditionId: 'ocd',
      language: 'en',
      decisionRole: 'shared',
    });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/refused/) } });
    expect(duet.store.listSessions()).toEqual([]);
    const after = await readFile(duet.store.file, 'utf-8');
    expect(after).toBe(before);
    expect(logged.some((line) => line.includes('refused createSession'))).toBe(true);
  });

  it('removes its handlers when asked', () => {
    unregister();
    expect(handlers.size).toBe(0);
  });
});
