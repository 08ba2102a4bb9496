/**
 * Each migration turns a duet.json of version `from` into version `from + 1`. Keep them forever, in order: a
 * clinic machine may skip several releases, and its file must still come forward one step at a time. Version 1
 * (Duet 0.1) is the last single-file version; legacy.ts then splits it into the version 2 folder layout.
 */
export interface Migration {
  from: number;
  migrate: (data: Record<string, unknown>) => Record<string, unknown>;
}

/** Duet 0.1 shipped version 1 first, so no single-file migration has been needed yet. */
export const MIGRATIONS: readonly Migration[] = [];

export class MissingMigrationError extends Error {
  constructor(readonly fromVersion: number) {
    super(`No migration from schema version ${fromVersion}`);
    this.name = 'MissingMigrationError';
  }
}

/** Brings `data` from `fromVersion` up to `toVersion`; each step sets the schemaVersion it reached. */
export function runMigrations(
  data: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[],
): Record<string, unknown> {
  let current = data;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) throw new MissingMigrationError(version);
    current = { ...step.migrate(structuredClone(current)), schemaVersion: version + 1 };
  }
  return current;
}
