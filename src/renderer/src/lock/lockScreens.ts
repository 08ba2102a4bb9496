import type { ComponentProps } from 'react';
import { lazyScreen, type LazyScreen } from '../routing/lazyScreen';
import type { SetUpPassphraseScreen as SetUpScreen } from './SetUpPassphraseScreen';
import type { UnlockScreen as Unlock } from './UnlockScreen';

// Not part of a session's first screen (issue 14): loaded when main says Duet is locked (api/hooks.ts waits for
// them before it reports that, so the lock screen never shows "Loading" first) and in the background once Duet is
// unlocked, so locking never waits for them.
export const SetUpPassphraseScreen: LazyScreen<ComponentProps<typeof SetUpScreen>> = lazyScreen(() =>
  import('./SetUpPassphraseScreen').then((m) => m.SetUpPassphraseScreen),
);
export const UnlockScreen: LazyScreen<ComponentProps<typeof Unlock>> = lazyScreen(() => import('./UnlockScreen').then((m) => m.UnlockScreen));

export function preloadLockScreens(): Promise<unknown> {
  return Promise.all([SetUpPassphraseScreen.preload(), UnlockScreen.preload()]);
}
