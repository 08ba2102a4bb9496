import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPORTS_DIR = join(import.meta.dirname, '..', '..', '..', 'reports');

/** The PDF's text as poppler reads it, with runs of white space made single spaces (layout splits lines). */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

export async function pdfPageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match?.[1]) throw new Error(`pdfinfo did not report a page count for ${file}`);
  return Number(match[1]);
}

/** Renders the first page to <outputBase>.png (60 dpi) for a person to look at; returns the PNG's path. */
export async function firstPageImage(file: string, outputBase: string): Promise<string> {
  await mkdir(dirname(outputBase), { recursive: true });
  await run('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', '1', '-l', '1', file, outputBase]);
  return `${outputBase}.png`;
}

/**
 * The PDF's text in the order it was drawn (`pdftotext -raw`), white space made single: a column of words beside a
 * chart reads as whole sentences, where the layout mode interleaves the two line by line.
 */
export async function pdfTextInDrawingOrder(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}
