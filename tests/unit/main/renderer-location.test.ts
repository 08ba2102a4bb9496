import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appProtocolRendererLocation,
  builtRendererRoot,
  devServerRendererLocation,
  rendererLocationFor,
} from '../../../src/main/renderer-location';

describe('the built page (app://duet/)', () => {
  const renderer = appProtocolRendererLocation();

  it('builds hash routes on Duet\'s own origin', () => {
    expect(renderer.urlFor('/print/abc')).toBe('app://duet/index.html#/print/abc');
  });

  it.each([
    ['app://duet/index.html', true],
    ['app://duet/index.html#/session/1', true],
    ['app://duet/index.html?x=1#/', true],
    ['APP://DUET/index.html#/', true],
    ['app://duet/assets/../index.html', true],
    ['app://duet/other.html', false],
    ['app://duet/INDEX.HTML', false],
    ['app://evil/index.html', false],
    ['file:///app/out/renderer/index.html', false],
    ['https://duet/index.html', false],
    ['about:blank', false],
    ['not a url', false],
  ])('%s is the app page: %s', (url, expected) => {
    expect(renderer.isAppUrl(url)).toBe(expected);
  });

  it('counts only app://duet/ URLs as its own files', () => {
    expect(renderer.isAppResource('app://duet/assets/index.js')).toBe(true);
    expect(renderer.isAppResource('app://other/assets/index.js')).toBe(false);
    expect(renderer.isAppResource('file:///app/out/renderer/assets/index.js')).toBe(false);
  });

  it('allows no dev-server requests', () => {
    expect(renderer.isDevServerRequest('http://localhost:5173/src/main.tsx')).toBe(false);
  });
});

describe('the dev server', () => {
  const renderer = devServerRendererLocation('http://localhost:5173/');

  it('is the app page only on its own origin', () => {
    expect(renderer.urlFor('/')).toBe('http://localhost:5173/#/');
    expect(renderer.isAppUrl('http://localhost:5173/#/session/1')).toBe(true);
    expect(renderer.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(renderer.isAppUrl('https://localhost:5173/')).toBe(false);
  });

  it('allows its own http and hot-reload socket requests only', () => {
    expect(renderer.isDevServerRequest('http://localhost:5173/@vite/client')).toBe(true);
    expect(renderer.isDevServerRequest('ws://localhost:5173/')).toBe(true);
    expect(renderer.isDevServerRequest('http://example.com/')).toBe(false);
  });
});

describe('rendererLocationFor', () => {
  it('uses the dev server only when unpackaged', () => {
    const dev = rendererLocationFor({ devServerUrl: 'http://localhost:5173', isPackaged: false });
    expect(dev.urlFor()).toBe('http://localhost:5173/#/');
    const packaged = rendererLocationFor({ devServerUrl: 'http://localhost:5173', isPackaged: true });
    expect(packaged.urlFor()).toBe('app://duet/index.html#/');
  });

  it('finds the built page folder beside the main bundle', () => {
    expect(builtRendererRoot('/app/out/main')).toBe(join('/app/out/renderer'));
  });
});
