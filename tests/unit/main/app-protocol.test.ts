import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTempDir, removeTempDir } from '../../support/temp-store';

const fake = vi.hoisted(() => ({ privileged: [] as unknown[], handled: new Map<string, (request: Request) => Promise<Response>>() }));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.handled.set(scheme, handler),
  },
}));

const { appProtocolResponse, registerAppScheme, resolveAppRequest, serveAppProtocol } = await import('../../../src/main/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../src/main/csp');

let dir: string;
let root: string;

beforeAll(async () => {
  dir = await makeTempDir('duet-app-protocol-');
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Duet</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  // A file beside the renderer folder, with a name that starts like it: must stay out of reach.
  await mkdir(join(dir, 'renderer-secrets'));
  await writeFile(join(dir, 'renderer-secrets', 'key.json'), 'secret');
  await writeFile(join(dir, 'key.json'), 'secret');
});

afterAll(async () => {
  await removeTempDir(dir);
});

describe('resolveAppRequest (the path-traversal guard)', () => {
  it('maps app://duet/ paths to files inside the renderer folder', () => {
    expect(resolveAppRequest(root, 'app://duet/index.html#/session/1')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://duet/')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://duet/assets/index.js?v=1')).toBe(join(root, 'assets', 'index.js'));
  });

  it.each([
    'app://duet/../key.json',
    'app://duet/%2e%2e/key.json',
    'app://duet/assets/..%2f..%2fkey.json',
    'app://duet/..%2F..%2Frenderer-secrets%2Fkey.json',
    'app://duet/assets/..%5c..%5ckey.json',
    'app://duet/index.html%00.js',
    'app://duet/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    const resolved = resolveAppRequest(root, url);
    if (resolved !== null) expect(resolved.startsWith(join(root, ''))).toBe(true);
    else expect(resolved).toBeNull();
  });

  it('never resolves outside the folder, even when the URL parser has already folded the dots', () => {
    // The parser turns app://duet/../key.json into app://duet/key.json: inside root, and simply missing.
    expect(resolveAppRequest(root, 'app://duet/../key.json')).toBe(join(root, 'key.json'));
    expect(resolveAppRequest(root, 'app://duet/assets/..%2f..%2fkey.json')).toBeNull();
    expect(resolveAppRequest(root, 'app://duet/assets/..%5c..%5ckey.json')).toBeNull();
  });
});

describe('appProtocolResponse (real files on disk)', () => {
  it('serves the page with its type, the CSP header and nosniff', async () => {
    const response = await appProtocolResponse(root, { url: 'app://duet/index.html#/', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Duet</title>');
  });

  it('serves scripts and fonts with their types', async () => {
    const script = await appProtocolResponse(root, { url: 'app://duet/assets/index.js', method: 'GET' });
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    const font = await appProtocolResponse(root, { url: 'app://duet/assets/font.woff2', method: 'GET' });
    expect(font.headers.get('Content-Type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it('answers 404 for anything outside the folder, missing, or a folder; 405 for writes', async () => {
    for (const url of ['app://duet/assets/..%2f..%2fkey.json', 'app://duet/..%2F..%2Frenderer-secrets%2Fkey.json', 'app://duet/missing.js', 'app://duet/assets', 'app://evil/index.html']) {
      const response = await appProtocolResponse(root, { url, method: 'GET' });
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secret');
    }
    expect((await appProtocolResponse(root, { url: 'app://duet/index.html', method: 'POST' })).status).toBe(405);
  });
});

describe('registering the scheme', () => {
  it('registers app:// as a standard, secure scheme and serves it through protocol.handle', async () => {
    registerAppScheme();
    expect(fake.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    serveAppProtocol(root);
    const response = await fake.handled.get('app')!(new Request('app://duet/index.html'));
    expect(response.status).toBe(200);
  });
});
