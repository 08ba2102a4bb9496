import type { Session } from '../../../shared/session';
import { loadCondition } from '../content';
import { loadLanguage } from '../i18n';
import { STEP_SCREENS } from '../steps';

/**
 * What a screen about one session needs besides the session (issue 14): its condition's content chunk, the strings
 * of its language (and of the other one for a bilingual plan), and the code of the step it is at. The session
 * query waits for these, so the session screen, the preview and the print page render at once with all of it.
 * A chunk that cannot load fails the read, which the screen shows with Try again.
 */
export async function loadSessionResources(session: Pick<Session, 'conditionId' | 'language' | 'answers'>): Promise<void> {
  const languages = new Set([session.language, ...(session.answers.printLayout === 'bilingual' ? (['en', 'es'] as const) : [])]);
  // English strings for the first step are in already; the rest of English loads with later screens.
  languages.delete('en');
  await Promise.all([
    loadCondition(session.conditionId),
    ...[...languages].map((language) => loadLanguage(language)),
    STEP_SCREENS[session.answers.currentStep]?.preload(),
  ]);
}
