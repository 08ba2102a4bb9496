import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import type { LockStatus } from '../../shared/app-lock';
import type { Operations, SessionOperations } from '../ipc/operations';
import type { LoadedPolicy } from './policy-file';

type SettingName = Exclude<keyof Settings, 'policyLocked'>;
const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS).filter((name) => name !== 'policyLocked') as SettingName[];

/** What the policy does to Settings: values it presets, and the settings nobody may change in Duet. */
export interface SettingsPolicy {
  presets: Partial<Pick<Settings, SettingName>>;
  locked: ReadonlySet<SettingName>;
}

export function settingsPolicyFrom({ policy, logo }: Pick<LoadedPolicy, 'policy' | 'logo'>): SettingsPolicy {
  const presets: Partial<Record<SettingName, unknown>> = {};
  const locked = new Set<SettingName>(policy.settingsEditable ? [] : SETTING_NAMES);
  for (const [name, entry] of Object.entries(policy.settings) as [SettingName, { value: unknown; locked: boolean } | undefined][]) {
    if (!entry) continue;
    presets[name] = name === 'logo' ? logo : entry.value;
    if (entry.locked) locked.add(name);
  }
  return { presets: presets as SettingsPolicy['presets'], locked };
}

/**
 * The settings with the policy applied. A locked setting always takes the policy's value. A preset that is not
 * locked replaces Duet's built-in default only: once someone has changed that setting in Duet, their choice stays.
 * A setting locked by `settingsEditable: false` with no preset keeps what was saved.
 */
export function applySettingsPolicy(saved: Settings, settingsPolicy: SettingsPolicy): Settings {
  const next: Settings = { ...saved };
  for (const [name, value] of Object.entries(settingsPolicy.presets) as [SettingName, never][]) {
    if (settingsPolicy.locked.has(name) || isDeepStrictEqual(saved[name], DEFAULT_SETTINGS[name])) next[name] = value;
  }
  delete next.policyLocked;
  return next;
}

/** The settings as the page sees them: with the list of those set by the practice. */
export function withLockedList(settings: Settings, settingsPolicy: SettingsPolicy): Settings {
  return { ...settings, policyLocked: SETTING_NAMES.filter((name) => settingsPolicy.locked.has(name)) };
}

/** The locked settings an attempted save would change; empty when the save is allowed. */
export function lockedChanges(current: Settings, wanted: Settings, settingsPolicy: SettingsPolicy): SettingName[] {
  return SETTING_NAMES.filter((name) => settingsPolicy.locked.has(name) && !isDeepStrictEqual(current[name], wanted[name]));
}

/**
 * The store's operations with the policy in force: getSettings lists what the practice set; saveSettings refuses
 * to change a locked setting (the page greys them out; this is main's own check, review-proof against a page that
 * sends them anyway), answering invalid-input with the setting's name.
 */
export function withSettingsPolicy(operations: SessionOperations, settingsPolicy: SettingsPolicy): SessionOperations {
  return {
    ...operations,
    // Applied here too, not only at start, so a read never shows a value the policy has replaced.
    getSettings: async () => withLockedList(applySettingsPolicy(await operations.getSettings(undefined), settingsPolicy), settingsPolicy),
    saveSettings: async (input) => {
      const current = applySettingsPolicy(await operations.getSettings(undefined), settingsPolicy);
      const wanted = { ...input };
      delete wanted.policyLocked;
      const refused = lockedChanges(current, wanted, settingsPolicy);
      if (refused.length > 0) {
        throw new z.ZodError(
          refused.map((name) => ({ code: 'custom' as const, path: [name], message: 'is set by your practice and cannot be changed in Duet', input: wanted[name] })),
        );
      }
      return withLockedList(await operations.saveSettings(wanted), settingsPolicy);
    },
  };
}

/**
 * The lock screen's settings (language, practice name, lock time) with the policy applied. The lock reads them from
 * the saved settings, which the policy reaches only once the store is open; this covers the screens before that
 * (set-up, the first unlock).
 */
export function applyPolicyToLockStatus(status: LockStatus, settingsPolicy: SettingsPolicy): LockStatus {
  const effective = applySettingsPolicy(
    { ...DEFAULT_SETTINGS, defaultLanguage: status.language, practiceName: status.practiceName, lockAfterMinutes: status.lockAfterMinutes },
    settingsPolicy,
  );
  return { ...status, language: effective.defaultLanguage, practiceName: effective.practiceName, lockAfterMinutes: effective.lockAfterMinutes };
}

/** Every operation that answers with a LockStatus, with the policy applied to it. */
export function withLockStatusPolicy(operations: Operations, settingsPolicy: SettingsPolicy): Operations {
  const apply = (status: LockStatus) => applyPolicyToLockStatus(status, settingsPolicy);
  return {
    ...operations,
    getLockStatus: async (input) => apply(await operations.getLockStatus(input)),
    setUpPassphrase: async (input) => apply(await operations.setUpPassphrase(input)),
    unlock: async (input) => apply(await operations.unlock(input)),
    lock: async (input) => apply(await operations.lock(input)),
  };
}

/** At start, once the store is open: writes the policy's values into the saved settings when they differ. */
export async function enforceSettingsPolicy(
  store: { read(): { settings: Settings }; update<T>(change: (draft: { settings: Settings }) => T): Promise<T> },
  settingsPolicy: SettingsPolicy,
  log: (message: string) => void,
): Promise<void> {
  const saved = store.read().settings;
  const next = applySettingsPolicy(saved, settingsPolicy);
  const changed = SETTING_NAMES.filter((name) => !isDeepStrictEqual(saved[name], next[name]));
  if (changed.length === 0) return;
  await store.update((draft) => {
    draft.settings = next;
  });
  log(`Duet: the practice policy set ${changed.join(', ')}`);
}
