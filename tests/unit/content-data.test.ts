import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentDataError } from '../../src/shared/content/build-library';
import { citedSourceIds } from '../../src/shared/content/queries';
import { CONTENT_DATA_DIR, loadContent } from '../../scripts/content-data';
import { duetContent } from '../../scripts/content-vite-plugin';

// The content data is checked when it is built and tested, never at app start: these tests break a copy of the
// real data files and check that loading fails with a message naming the file and the field.
const copies: string[] = [];

function dataCopy(edit?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'duet-content-'));
  copies.push(dir);
  cpSync(CONTENT_DATA_DIR, dir, { recursive: true });
  edit?.(dir);
  return dir;
}

function replaceIn(dir: string, file: string, from: RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!from.test(text)) throw new Error(`${file} has no ${String(from)} to break`);
  writeFileSync(path, text.replace(from, to));
}

function problemsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentDataError) return error.problems;
    throw error;
  }
  return [];
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loading the content data', () => {
  it('loads the real data, with the figure inputs of each condition and the sign-off list', () => {
    const built = loadContent();
    expect(built.library.conditions).toHaveLength(7);
    expect(built.conditionData.map((condition) => condition.id)).toEqual(built.library.conditions.map((condition) => condition.id));
    expect(Array.isArray(built.signoffs)).toBe(true);
  });

  it('names the file and the field of an impossible figure', () => {
    const dir = dataCopy((copy) => replaceIn(copy, 'depression.yaml', /percent: [\d.]+/, 'percent: 158'));
    expect(problemsOf(dir).join('\n')).toMatch(/^depression\.yaml: outcomes\[\d+\] \([a-z-]+\)\.results\[\d+\] \([a-z]+\)\.figure\.percent: /m);
  });

  it('names the file and the outcome of a ratio whose baseline is missing', () => {
    const dir = dataCopy((copy) => replaceIn(copy, 'depression.yaml', /baseline: medication/, 'baseline: waiting'));
    expect(problemsOf(dir).join('\n')).toMatch(/depression\.yaml: outcomes\[\d+\] \([a-z-]+\)\.results \([a-z]+\): the baseline option waiting has no result/);
  });

  it('names an option that lists a modality the file does not define', () => {
    const dir = dataCopy((copy) => replaceIn(copy, 'ocd.yaml', /^(\s+modalities:\n\s+- )[a-z-]+$/m, '$1no-such-modality'));
    expect(problemsOf(dir).join('\n')).toContain('ocd.yaml: options[0] (therapy).modalities: no modality with id no-such-modality');
  });

  it('names a citation with no source, as the library schema sees it, against its condition file', () => {
    const dir = dataCopy((copy) => replaceIn(copy, 'bpd.yaml', /^(\s+sourceIds:\n\s+- )[a-z0-9-]+$/m, '$1nobody-1999'));
    expect(problemsOf(dir).join('\n')).toMatch(/cites unknown source nobody-1999/);
  });

  it('gives the line of a YAML syntax error, and says which file is missing', () => {
    const broken = dataCopy((copy) => writeFileSync(join(copy, 'about.yaml'), 'contentVersion: [2026\n'));
    expect(problemsOf(broken).join('\n')).toMatch(/^about\.yaml: line \d+: /m);
    const missing = dataCopy((copy) => rmSync(join(copy, 'signoffs.yaml')));
    expect(problemsOf(missing)).toEqual(['signoffs.yaml: the file is missing']);
  });

  it('rejects a sign-off without a name or with a made-up decision', () => {
    const dir = dataCopy((copy) =>
      writeFileSync(join(copy, 'signoffs.yaml'), 'signoffs:\n  - name: ""\n    role: psychiatrist\n    date: 2026-12-01\n    contentVersion: 2026.11.1\n    condition: ocd\n    decision: fine\n'),
    );
    const problems = problemsOf(dir).join('\n');
    expect(problems).toContain('signoffs.yaml: signoffs[0].name');
    expect(problems).toContain('signoffs.yaml: signoffs[0].decision');
  });
});

describe('the build plugin (virtual:duet-content)', () => {
  async function buildWith(dataDir: string): Promise<string> {
    const root = mkdtempSync(join(tmpdir(), 'duet-build-'));
    copies.push(root);
    writeFileSync(join(root, 'entry.js'), "import { library } from 'virtual:duet-content';\nexport const version = library.about.contentVersion;\n");
    const output = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [duetContent(dataDir)],
      build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'entry' } },
    });
    const bundles = Array.isArray(output) ? output : [output];
    return bundles.flatMap((bundle) => ('output' in bundle ? bundle.output : [])).map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
  }

  it('emits the validated library as a plain module', async () => {
    const { about } = loadContent().library;
    expect(await buildWith(CONTENT_DATA_DIR)).toContain(JSON.stringify(about.contentVersion));
  }, 30_000);

  it('gives each condition its own chunk, with the sources it cites, and keeps them out of the loaders (issue 14)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'duet-build-'));
    copies.push(root);
    writeFileSync(join(root, 'entry.js'), "import { conditionLoaders } from 'virtual:duet-content/loaders';\nexport const load = (id) => conditionLoaders[id]();\n");
    const output = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [duetContent(CONTENT_DATA_DIR)],
      build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'entry' } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((bundle) => ('output' in bundle ? bundle.output : [])).flatMap((chunk) => (chunk.type === 'chunk' ? [chunk] : []));
    const { library } = loadContent();
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    for (const condition of library.conditions) {
      expect(entry.code, condition.id).not.toContain(JSON.stringify(condition.whatItIs.en));
      const own = chunks.filter((chunk) => chunk.code.includes(JSON.stringify(condition.whatItIs.en)));
      expect(own.map((chunk) => chunk.isDynamicEntry), condition.id).toEqual([true]);
      // Its sources travel with it; sources it does not cite do not.
      const cited = new Set(citedSourceIds(condition));
      for (const source of library.sources) expect(own[0]!.code.includes(JSON.stringify(source.title)), `${condition.id} ${source.id}`).toBe(cited.has(source.id));
    }
  }, 30_000);

  it('fails the build with the file and the field when the data is invalid', async () => {
    const dir = dataCopy((copy) => replaceIn(copy, 'anxiety.yaml', /certainty: [a-z-]+/, 'certainty: quite-sure'));
    await expect(buildWith(dir)).rejects.toThrow(/anxiety\.yaml: outcomes\[0\] \([a-z-]+\)\.certainty/);
  }, 30_000);
});
