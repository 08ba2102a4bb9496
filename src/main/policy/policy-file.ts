import { readFileSync } from 'node:fs';
import { basename, win32 } from 'node:path';
import type { z } from 'zod';
import { LOGO_MAX_BYTES, logoSchema, type Logo } from '../../shared/settings';
import { policySchema, type Policy } from './schema';

/**
 * Finding, reading and checking the practice's policy file. Everything here is synchronous: main reads the policy
 * before the app is ready, because it decides where Chromium's profile and Duet's data live.
 */

/** The OS's machine-wide config place: writable by administrators only. */
export function machinePolicyFile(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return win32.join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', 'Duet', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/Duet/policy.json';
  return '/etc/duet/policy.json';
}

/**
 * DUET_POLICY_FILE points at another file for tests and for trying a policy out, but only in unpackaged builds:
 * in an installed Duet a user could otherwise unlock what the practice locked.
 */
export function policyFileFor(options: { platform: NodeJS.Platform; env: NodeJS.ProcessEnv; isPackaged: boolean }): string {
  const override = options.env.DUET_POLICY_FILE;
  if (override && !options.isPackaged) return override;
  return machinePolicyFile(options.platform, options.env);
}

export interface LoadedPolicy {
  /** The policy in force: the file's, or Duet's standard one when there is no file or it was refused. */
  policy: Policy;
  /** The practice logo the policy names, read from its file. */
  logo: Logo | null;
  file: string;
  found: boolean;
  /** Plain words for IT when the file was refused (naming the field); null when fine or absent. */
  problem: string | null;
}

/** Duet with no policy file: per-user data, nothing preset, everything editable. */
export const STANDARD_POLICY: Policy = policySchema.parse({ policyVersion: 1 });

type ReadFile = (file: string) => Buffer;

class PolicyProblem extends Error {}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return `"${[...path, issue.keys[0]].join('.')}" is not something Duet knows (check its spelling and place)`;
  }
  return `the field "${path.length > 0 ? path.join('.') : '(whole file)'}" is wrong: ${issue.message}`;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);

/** The logo file as a data URL, with the limits a logo chosen in Settings has. */
function readLogo(file: string, read: ReadFile): Logo {
  const field = 'the field "settings.logo.value.file"';
  let bytes: Buffer;
  try {
    bytes = read(file);
  } catch (error) {
    throw new PolicyProblem(`${field} names ${file}, which could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const mime = bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? 'image/png' : bytes.subarray(0, 3).equals(JPEG_SIGNATURE) ? 'image/jpeg' : null;
  if (!mime) throw new PolicyProblem(`${field} names ${file}, which is not a PNG or JPEG picture`);
  if (bytes.length > LOGO_MAX_BYTES) throw new PolicyProblem(`${field} names ${file}, which is larger than ${LOGO_MAX_BYTES / 1024} KB`);
  return logoSchema.parse({ dataUrl: `data:${mime};base64,${bytes.toString('base64')}`, fileName: basename(file) });
}

/** Reads and checks the policy file. Never throws: a bad file gives the standard policy and a problem to show. */
export function loadPolicy(file: string, read: ReadFile = (path) => readFileSync(path)): LoadedPolicy {
  const standard = (found: boolean, problem: string | null): LoadedPolicy => ({ policy: STANDARD_POLICY, logo: null, file, found, problem });
  const refused = (why: string) =>
    standard(
      true,
      `Duet's practice policy file (${file}) was not used: ${why}. Duet started with its standard settings; ask your IT team to correct the file.`,
    );

  let text: string;
  try {
    text = read(file).toString('utf-8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return standard(false, null);
    return refused(`it could not be read (${code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refused(`it is not valid JSON (${(error as Error).message})`);
  }
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) return refused(describeIssue(parsed.error.issues[0]!));
  try {
    const logoFile = parsed.data.settings.logo?.value?.file;
    return { policy: parsed.data, logo: logoFile ? readLogo(logoFile, read) : null, file, found: true, problem: null };
  } catch (error) {
    if (error instanceof PolicyProblem) return refused(error.message);
    throw error;
  }
}
