import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeOutcomeFigures } from '../../src/shared/domain/evidence';
import { sourcesCitedBy } from '../../src/shared/content/queries';
import { loadContent } from '../../scripts/content-data';
import { escapeHtml } from '../../scripts/content-review-packet';
import { parseArguments } from '../../scripts/content-review';
import { findChromium } from '../../scripts/find-chromium.mjs';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const CONDITION = 'ocd';
const chromium = await findChromium();
if (!chromium) console.log('content:review test skipped: no Chromium on this machine');

/** Text with every run of white space made one space, so wrapped lines still match. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
/** The first words of a text: long enough to be unique, short enough to stay in one table cell. */
const opening = (text: string, words = 6) => flat(text).split(' ').slice(0, words).join(' ');

describe.skipIf(!chromium)('npm run content:review', () => {
  const out = mkdtempSync(join(tmpdir(), 'duet-reviews-'));
  let pdfText = '';
  let html = '';
  const built = loadContent();
  const data = built.conditionData.find((condition) => condition.id === CONDITION)!;
  const condition = built.library.conditions.find((candidate) => candidate.id === CONDITION)!;

  beforeAll(async () => {
    await run(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/content-review.ts', '--out', out, CONDITION], { cwd: root });
    const { stdout } = await run('pdftotext', [join(out, `${CONDITION}.pdf`), '-']);
    pdfText = flat(stdout);
    html = readFileSync(join(out, `${CONDITION}.html`), 'utf8');
  }, 60_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes an HTML and a PDF packet for the condition asked for, and no other', () => {
    expect(existsSync(join(out, `${CONDITION}.html`))).toBe(true);
    expect(existsSync(join(out, 'depression.pdf'))).toBe(false);
    expect(pdfText).toContain(`Content version ${built.library.about.contentVersion}`);
  });

  it('prints every patient-facing text in English and Spanish side by side', () => {
    for (const text of [data.whatItIs, data.decision, data.options[0]!.summary, data.myths.at(-1)!.fact, data.cautions.at(-1)!.text]) {
      expect(pdfText).toContain(opening(text.en));
      expect(pdfText).toContain(opening(text.es));
    }
    // The HTML holds every text whole, in both languages.
    for (const myth of data.myths) {
      expect(html).toContain(escapeHtml(myth.fact.en));
      expect(html).toContain(escapeHtml(myth.fact.es));
    }
  });

  it('prints every figure with the inputs it was made from, its certainty and its sources', () => {
    for (const outcome of data.outcomes) {
      const computed = computeOutcomeFigures(outcome.results);
      for (const [index, { figure }] of outcome.results.entries()) {
        if (figure.from === 'observed') expect(pdfText).toContain(`Observed rate ${figure.percent}% in ${figure.sourceId}, rounded to ${computed[index]!.per100} out of 100.`);
      }
      expect(pdfText).toContain(`Certainty: ${outcome.certainty}.`);
    }
    for (const source of sourcesCitedBy(built.library, condition)) expect(pdfText).toContain(source.id);
  });

  it('prints the reading level of every screen and a sign-off table', () => {
    expect(pdfText).toContain('Spanish perspicuity');
    for (const screen of ['condition', 'options', 'evidence', 'myths']) expect(pdfText).toContain(`${CONDITION}/${screen}`);
    const signoff = pdfText.slice(pdfText.lastIndexOf('Sign-off Decision:')).replace(/Duet review packet: \S+, content \S+, page \d+ of \d+/g, '');
    expect(signoff.length).toBeGreaterThan(100);
    for (const heading of ['Name', 'Role', 'Date', 'Content version', 'Decision', 'Comments']) expect(signoff).toContain(heading);
    // Blank rows for the reviewers, each already marked with the content version under review.
    expect(signoff.split(built.library.about.contentVersion).length - 1).toBeGreaterThanOrEqual(3);
  });
});

describe('content:review arguments', () => {
  it('takes conditions and an output folder, and refuses anything else', () => {
    expect(parseArguments(['--out', '/tmp/x', 'ocd', 'bpd'])).toEqual({ outDir: '/tmp/x', conditions: ['ocd', 'bpd'] });
    expect(parseArguments([]).conditions).toHaveLength(7);
    expect(() => parseArguments(['ocdd'])).toThrow(/Unknown condition or option "ocdd"/);
    expect(() => parseArguments(['--out'])).toThrow(/needs a folder/);
  });
});
