import { join } from 'node:path';
import { Low } from 'lowdb';
import { appFileSchema, APP_FILE_NAME, CURRENT_SCHEMA_VERSION, defaultAppFile, type AppFile, type AppState } from './schema';
import type { DataCipher } from './cipher';
import { DamagedFileError, DurableJsonFile, type DurableFileOptions } from './durable-file';
import { describeProblem, keptSentence, salvage, type FileRecovery, type RecoveryReason } from './recovery';
import { writeFailed } from './write-failure';

/**
 * The signed part of app.json: everything but the signature, with keys in a fixed order so the same settings
 * always give the same text. It is checked against the JSON as it is on disk, before the schema fills in
 * defaults, so a later Duet that adds a setting (with a default) still accepts what an earlier one signed.
 */
function signedText(file: Record<string, unknown>): string {
  const { signature: _signature, ...signed } = file;
  return canonicalJson(signed);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function isSignedBy(raw: Record<string, unknown>, cipher: DataCipher): boolean {
  const signature = appFileSchema.shape.signature.safeParse(raw.signature).data;
  return signature?.keyId === cipher.keyId && cipher.verifyMac(signedText(raw), signature.mac);
}

export interface SettingsKeys {
  /** The data key (null in storage tests without encryption: then nothing is signed or checked). */
  cipher: DataCipher | null;
  /** The key before a re-key that was cut short: settings it signed are still Duet's own. */
  previous: DataCipher | null;
  /** The encrypted index says app.json has been signed before: an unsigned one is then not Duet's. */
  signedBefore: boolean;
}

/**
 * app.json: practice settings and the open session. It stays in clear text so the lock screen can show the
 * practice name and language before the passphrase is typed (and only those: see lock/app-lock.ts), but it is
 * signed with an HMAC keyed from the data key. The crisis line printed on every plan and the retention period
 * that deletes sessions come only from signed settings: a changed or unsigned file is moved aside and the last
 * signed copy (or the defaults) used instead.
 */
export class SettingsFile {
  readonly file: string;
  private readonly db: Low<AppFile>;
  private readonly adapter: DurableJsonFile<typeof appFileSchema>;

  constructor(
    dataDir: string,
    private readonly fileOptions: DurableFileOptions,
    /** The data key in use now (it changes with a re-key). */
    private readonly currentCipher: () => DataCipher | null,
    private readonly now: () => Date,
  ) {
    this.file = join(dataDir, APP_FILE_NAME);
    this.adapter = new DurableJsonFile(this.file, appFileSchema, fileOptions);
    this.db = new Low(this.adapter, defaultAppFile());
  }

  read(): AppState {
    const { settings, openSessionId } = this.db.data;
    return { settings, openSessionId };
  }

  /** Reads, checks and (when need be) repairs app.json. Pushes what was repaired onto `recoveries`. */
  async open(keys: SettingsKeys, recoveries: FileRecovery[]): Promise<void> {
    try {
      await this.db.read();
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      await this.restore(error.reason, keys, recoveries);
      return;
    }
    const { cipher, previous, signedBefore } = keys;
    const raw = this.adapter.lastRaw;
    if (raw && (!cipher || isSignedBy(raw, cipher))) return;
    if (!raw || !signedBefore || (previous && isSignedBy(raw, previous))) {
      // New, signed by the key before a re-key, or written before settings were signed at all: Duet's own.
      await this.commit(this.read());
      return;
    }
    await this.restore('unsigned', keys, recoveries);
  }

  /** Checks, signs and writes `next`; memory takes it only once it is on disk. */
  async save(next: AppState): Promise<void> {
    const checked = appFileSchema.safeParse({ schemaVersion: CURRENT_SCHEMA_VERSION, ...next });
    // Never write a file the next start would have to move aside. A bug, not bad input: not a ZodError.
    if (!checked.success) {
      throw new Error(`Refusing to save settings that would not reopen: ${checked.error.issues[0]?.message ?? ''}`);
    }
    try {
      await this.commit(checked.data);
    } catch (cause) {
      throw writeFailed(cause);
    }
  }

  /** Signs the settings again with the current key (after a re-key). */
  resign(): Promise<void> {
    return this.commit(this.read());
  }

  private async commit(state: AppState): Promise<void> {
    const unsigned: AppFile = { schemaVersion: CURRENT_SCHEMA_VERSION, settings: state.settings, openSessionId: state.openSessionId };
    const cipher = this.currentCipher();
    const next: AppFile = cipher ? { ...unsigned, signature: { keyId: cipher.keyId, mac: cipher.mac(signedText(unsigned)) } } : unsigned;
    // A second Low over the same adapter: the file is written first, and memory takes the new data only after.
    await new Low(this.adapter, next).write();
    this.db.data = next;
  }

  /** Moves the file aside and goes back to its newest backup that passes (and is signed, once signing began). */
  private async restore(reason: RecoveryReason | 'unsigned', keys: SettingsKeys, recoveries: FileRecovery[]): Promise<void> {
    const { cipher, signedBefore } = keys;
    const mustBeSigned = cipher !== null && signedBefore;
    const found = await salvage(this.fileOptions.fs, this.file, appFileSchema, this.now(), null, (_data, raw) => !mustBeSigned || isSignedBy(raw, cipher));
    await this.commit(found.data ?? defaultAppFile());
    const problem =
      reason === 'unsigned'
        ? 'The settings file had been changed outside Duet (it did not carry Duet’s signature), so Duet did not use it.'
        : describeProblem('The settings file', reason);
    recoveries.push({
      file: this.file,
      reason: reason === 'unsigned' ? 'not-signed' : reason,
      movedTo: found.movedTo,
      restoredFrom: found.restoredFrom,
      message:
        problem +
        (found.data && reason === 'unsigned'
          ? ' Duet went back to the last settings it had checked; please check them.'
          : found.data
            ? ' Duet restored the last good copy of the settings.'
          : ' The settings were set back to the defaults; please check them (practice name, crisis line, retention period).') +
        keptSentence(found.movedTo),
    });
  }
}
