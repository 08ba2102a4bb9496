import {
  LOGO_MAX_BYTES,
  LOGO_MAX_PIXELS,
  LOGO_MIN_PIXELS,
  logoSchema,
  type Logo,
} from '../../../shared/settings';

/** Why a chosen file cannot be the logo, with what the message needs to say it in plain words. */
export type LogoProblem =
  | { kind: 'wrongType' }
  | { kind: 'tooLarge'; size: number }
  | { kind: 'unreadable' }
  | { kind: 'tooSmall' | 'tooBig'; width: number; height: number };

export type LogoReading = { ok: true; logo: Logo } | { ok: false; problem: LogoProblem };

export interface PixelSize {
  width: number;
  height: number;
}

/** A picture that never finishes decoding is treated as unreadable rather than leaving the form waiting. */
const DECODE_TIMEOUT_MS = 5000;

/** The first bytes of the file, not its name or the type the system guesses from the name, say what it is. */
function looksLikePngOrJpeg(head: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const isPng = png.every((byte, index) => head[index] === byte);
  const isJpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  return isPng || isJpeg;
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('No data')));
    reader.onerror = () => reject(reader.error ?? new Error('Unreadable'));
    reader.readAsDataURL(file);
  });
}

/** Decodes the picture in the page to learn its size in pixels. */
export function measureImage(dataUrl: string): Promise<PixelSize> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const timer = setTimeout(() => reject(new Error('The picture did not decode in time')), DECODE_TIMEOUT_MS);
    image.onload = () => {
      clearTimeout(timer);
      resolve({ width: image.naturalWidth, height: image.naturalHeight });
    };
    image.onerror = () => {
      clearTimeout(timer);
      reject(new Error('The picture could not be decoded'));
    };
    image.src = dataUrl;
  });
}

/**
 * Reads a logo the person chose: PNG or JPEG only (by content), at most LOGO_MAX_BYTES, a sensible size in
 * pixels. The result is exactly what settings store, checked with the same schema main enforces.
 */
export async function readLogoFile(file: File, measure: (dataUrl: string) => Promise<PixelSize> = measureImage): Promise<LogoReading> {
  if (file.size > LOGO_MAX_BYTES) return { ok: false, problem: { kind: 'tooLarge', size: Math.ceil(file.size / 1024) } };
  let head: Uint8Array;
  let dataUrl: string;
  try {
    head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  } catch {
    return { ok: false, problem: { kind: 'unreadable' } };
  }
  if (!looksLikePngOrJpeg(head)) return { ok: false, problem: { kind: 'wrongType' } };
  try {
    dataUrl = await readAsDataUrl(file);
  } catch {
    return { ok: false, problem: { kind: 'unreadable' } };
  }
  // The system may label a renamed file wrongly; the stored type follows the content.
  const mime = head[0] === 0x89 ? 'image/png' : 'image/jpeg';
  dataUrl = dataUrl.replace(/^data:[^;,]*;base64,/, `data:${mime};base64,`);
  let size: PixelSize;
  try {
    size = await measure(dataUrl);
  } catch {
    return { ok: false, problem: { kind: 'unreadable' } };
  }
  const { width, height } = size;
  if (width < LOGO_MIN_PIXELS || height < LOGO_MIN_PIXELS) return { ok: false, problem: { kind: 'tooSmall', width, height } };
  if (width > LOGO_MAX_PIXELS || height > LOGO_MAX_PIXELS) return { ok: false, problem: { kind: 'tooBig', width, height } };
  const parsed = logoSchema.safeParse({ dataUrl, fileName: file.name.slice(0, 255) });
  return parsed.success ? { ok: true, logo: parsed.data } : { ok: false, problem: { kind: 'unreadable' } };
}
