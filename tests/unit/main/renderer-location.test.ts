import { describe, expect, it } from 'vitest';
import {
  devServerRendererLocation,
  fileRendererLocation,
  rendererLocationFor,
} from '../../../src/main/renderer-location';

describe('the built page', () => {
  const renderer = fileRendererLocation('/app/out/renderer/index.html');

  it('builds hash routes on the file URL', () => {
    expect(renderer.urlFor('/print/abc')).toBe('file:///app/out/renderer/index.html#/print/abc');
  });

  it.each([
    ['file:///app/out/renderer/index.html', true],
    ['file:///app/out/renderer/index.html#/session/1', true],
    ['file:///app/out/renderer/index.html?x=1#/', true],
    ['file:///app/out/renderer/other.html', false],
    ['file:///app/out/renderer/../renderer/index.html', true],
    ['file:///etc/passwd', false],
    ['file://evil-host/app/out/renderer/index.html', false],
    ['https://example.com/app/out/renderer/index.html', false],
    ['about:blank', false],
    ['not a url', false],
  ])('%s is the app page: %s', (url, expected) => {
    expect(renderer.isAppUrl(url)).toBe(expected);
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
    const dev = rendererLocationFor({ mainDir: '/app/out/main', devServerUrl: 'http://localhost:5173', isPackaged: false });
    expect(dev.urlFor()).toBe('http://localhost:5173/#/');
    const packaged = rendererLocationFor({ mainDir: '/app/out/main', devServerUrl: 'http://localhost:5173', isPackaged: true });
    expect(packaged.urlFor()).toBe('file:///app/out/renderer/index.html#/');
  });
});
