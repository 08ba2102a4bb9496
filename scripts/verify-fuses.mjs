// Reads the fuses back from a PACKAGED Duet and checks each one is set as electron-builder.yml asks (review m9).
// Usage (CI, after `npm run dist`): node scripts/verify-fuses.mjs <Duet executable, or Duet.app>
// Prints one line per fuse; exits 1 on any difference. The Electron binary's fuse wire is read with @electron/fuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fuses from '@electron/fuses';
import { parse } from 'yaml';

const { FuseV1Options, getCurrentFuseWire } = fuses;
/** A fuse's byte in the wire: ASCII '1' on, '0' off, 'r' removed (@electron/fuses' FuseState, not exported by it). */
export const FuseState = { ENABLE: 0x31, DISABLE: 0x30, REMOVED: 0x72 };

/** electron-builder's `electronFuses` keys are the FuseV1Options names in camelCase. */
export function expectedFuses(builderConfig) {
  return Object.entries(builderConfig.electronFuses ?? {}).map(([key, enabled]) => {
    const name = key[0].toUpperCase() + key.slice(1);
    const index = FuseV1Options[name];
    if (index === undefined) throw new Error(`electron-builder.yml names a fuse @electron/fuses does not know: ${key}`);
    return { name, index, enabled };
  });
}

/** Differences between the binary's fuse wire and the config: empty when every fuse is as configured. */
export async function fuseProblems(binaryPath, builderConfig) {
  const wire = await getCurrentFuseWire(binaryPath);
  const problems = [];
  for (const { name, index, enabled } of expectedFuses(builderConfig)) {
    const state = wire[index];
    const want = enabled ? FuseState.ENABLE : FuseState.DISABLE;
    if (state !== want) {
      const found = state === FuseState.ENABLE ? 'on' : state === FuseState.DISABLE ? 'off' : state === FuseState.REMOVED ? 'removed' : 'missing';
      problems.push(`${name}: expected ${enabled ? 'on' : 'off'}, found ${found}`);
    }
  }
  return problems;
}

export function readBuilderConfig(root = join(import.meta.dirname, '..')) {
  return parse(readFileSync(join(root, 'electron-builder.yml'), 'utf-8'));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const binary = process.argv[2];
  if (!binary) {
    console.error('Usage: node scripts/verify-fuses.mjs <path to the packaged Duet executable or Duet.app>');
    process.exit(2);
  }
  const config = readBuilderConfig();
  const problems = await fuseProblems(binary, config);
  for (const { name, enabled } of expectedFuses(config)) {
    const bad = problems.find((problem) => problem.startsWith(`${name}:`));
    console.log(`${bad ? 'FAIL' : 'ok  '} ${bad ?? `${name}: ${enabled ? 'on' : 'off'}`}`);
  }
  if (problems.length > 0) process.exit(1);
}
