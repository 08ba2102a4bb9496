import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * The offline strength estimate behind the new-passphrase rule (src/shared/app-lock.ts): zxcvbn-ts with its common
 * and English word lists, bundled (nothing is fetched). They are about 1.6 MB, so they are a chunk of their own,
 * loaded only where a passphrase is chosen: main loads them at start (AppLock.start), the page when a passphrase
 * form is submitted. The start screen and the hidden print page never parse them.
 */
let estimator: ZxcvbnFactory | null = null;
let loading: Promise<void> | null = null;

export function loadPassphraseStrength(): Promise<void> {
  loading ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, english]) => {
      estimator = new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: english.translations,
      });
    },
  );
  return loading;
}

/** log10 of the guesses zxcvbn expects an attacker to need, given words the attacker would try first. */
export function guessesLog10(passphrase: string, knownWords: readonly string[] = []): number {
  if (!estimator) throw new Error('The passphrase strength check is not loaded yet (call loadPassphraseStrength first).');
  return estimator.check(passphrase, [...knownWords]).guessesLog10;
}
