import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEnglish from '@zxcvbn-ts/language-en';

/**
 * The offline strength estimate behind the new-passphrase rule (src/shared/app-lock.ts). zxcvbn-ts and its word
 * lists are bundled into main and the page: nothing is fetched. Built on first use, because the dictionaries take
 * a moment to index and most starts never choose a passphrase.
 */
let estimator: ZxcvbnFactory | null = null;

function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEnglish.translations,
  });
  return estimator;
}

/** log10 of the guesses zxcvbn expects an attacker to need, given words the attacker would try first. */
export function guessesLog10(passphrase: string, knownWords: readonly string[] = []): number {
  return strengthEstimator().check(passphrase, [...knownWords]).guessesLog10;
}
