import { describe, expect, it } from 'vitest';
import { readLogoFile } from '../../src/renderer/src/settings/readLogoFile';
import { LOGO_MAX_BYTES } from '../../src/shared/settings';

// Image decoding needs a real browser; these tests pass the measured size in, and check every rule around it.
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngFile = (bytes = 64, name = 'logo.png') =>
  new File([new Uint8Array([...PNG_HEADER, ...new Array(Math.max(0, bytes - 8)).fill(1)])], name, { type: 'image/png' });
const measured = (width: number, height: number) => async () => ({ width, height });

describe('reading a practice logo', () => {
  it('accepts a PNG of sensible size and stores it as a PNG data URL', async () => {
    const reading = await readLogoFile(pngFile(), measured(200, 80));
    expect(reading.ok).toBe(true);
    if (reading.ok) {
      expect(reading.logo.fileName).toBe('logo.png');
      expect(reading.logo.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    }
  });

  it('goes by the content, not the name: a text file called logo.png is refused', async () => {
    const fake = new File(['hello, not a picture'], 'logo.png', { type: 'image/png' });
    expect(await readLogoFile(fake, measured(200, 80))).toEqual({ ok: false, problem: { kind: 'wrongType' } });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const reading = await readLogoFile(pngFile(LOGO_MAX_BYTES + 1), measured(200, 80));
    expect(reading).toEqual({ ok: false, problem: { kind: 'tooLarge', size: Math.ceil((LOGO_MAX_BYTES + 1) / 1024) } });
  });

  it('refuses pictures too small to print sharply and too big to be a logo', async () => {
    expect(await readLogoFile(pngFile(), measured(10, 10))).toEqual({ ok: false, problem: { kind: 'tooSmall', width: 10, height: 10 } });
    expect(await readLogoFile(pngFile(), measured(5000, 300))).toEqual({ ok: false, problem: { kind: 'tooBig', width: 5000, height: 300 } });
  });

  it('calls a picture that will not decode unreadable', async () => {
    const reading = await readLogoFile(pngFile(), async () => {
      throw new Error('broken');
    });
    expect(reading).toEqual({ ok: false, problem: { kind: 'unreadable' } });
  });
});
