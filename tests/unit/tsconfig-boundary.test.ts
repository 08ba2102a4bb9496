import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// main code type-checks without DOM types and renderer code without Node types. Each snippet is compiled with
// the compiler options of tsconfig.node.json or tsconfig.web.json; the other project is the positive control.
const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'duet-tsconfig-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function errorsUnder(project: 'tsconfig.node.json' | 'tsconfig.web.json', name: string, source: string): string[] {
  const configPath = join(root, project);
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath);
  const file = join(scratch, name);
  writeFileSync(file, source);
  const program = ts.createProgram([file], { ...options, composite: false, incremental: false, noEmit: true });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === file)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const domInMain = 'export const title: string = document.title + window.location.href;\n';
const nodeInRenderer = "import { readFileSync } from 'node:fs';\nexport const home = String(process.env.HOME) + Buffer.from('x').length + typeof readFileSync;\n";

describe('the process boundary is held by the compiler', () => {
  it('refuses DOM globals in Node code (tsconfig.node.json) and accepts them in browser code', () => {
    expect(errorsUnder('tsconfig.node.json', 'dom-in-main.ts', domInMain).join('\n')).toMatch(/Cannot find name 'document'/);
    expect(errorsUnder('tsconfig.web.json', 'dom-in-renderer.ts', domInMain)).toEqual([]);
  }, 60_000);

  it('refuses Node modules and globals in browser code (tsconfig.web.json) and accepts them in Node code', () => {
    const errors = errorsUnder('tsconfig.web.json', 'node-in-renderer.ts', nodeInRenderer).join('\n');
    expect(errors).toMatch(/node:fs/);
    expect(errors).toMatch(/Cannot find name 'process'/);
    expect(errors).toMatch(/Cannot find name 'Buffer'/);
    expect(errorsUnder('tsconfig.node.json', 'node-in-main.ts', nodeInRenderer)).toEqual([]);
  }, 60_000);
});
