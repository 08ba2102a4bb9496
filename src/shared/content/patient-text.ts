import type { Locale } from '../locale';
import type { Condition, ContentLibrary } from './schema';

/** The patient-facing clinical text of one screen, as the screen shows it. */
export interface ScreenText {
  screen: string;
  texts: string[];
}

/** One condition's content, screen by screen (Condition, Options, Evidence, Myths). */
export function conditionScreens(condition: Condition, locale: Locale): ScreenText[] {
  const text = (value: { en: string; es: string } | undefined) => (value ? [value[locale]] : []);
  const screens: ScreenText[] = [
    {
      screen: `${condition.id}/condition`,
      texts: [...text(condition.whatItIs), ...text(condition.naturalCourse), ...text(condition.decision)],
    },
    {
      screen: `${condition.id}/options`,
      texts: [
        ...condition.options.flatMap((option) => [
          ...text(option.summary),
          ...option.modalities.flatMap((modality) => text(modality.description)),
          ...(option.involves ? Object.values(option.involves).flatMap((part) => text(part)) : []),
          ...(option.benefits ?? []).flatMap((item) => text(item)),
          ...(option.harms ?? []).flatMap((item) => text(item)),
          ...text(option.caveat),
        ]),
        ...condition.cautions.flatMap((caution) => text(caution.text)),
      ],
    },
  ];
  const inWords = condition.evidenceInWords;
  if (condition.outcomes.length > 0 || inWords) {
    screens.push({
      screen: `${condition.id}/evidence`,
      texts: [
        ...(inWords
          ? [inWords.title, ...inWords.findings, inWords.whyNoNumbers, inWords.certaintyReason].flatMap((value) => text(value))
          : []),
        ...condition.outcomes.flatMap((outcome) => [
          ...text(outcome.label),
          ...text(outcome.definition),
          ...text(outcome.population),
          ...text(outcome.timeFrame),
          ...text(outcome.certaintyReason),
          ...text(outcome.derivation),
        ]),
      ],
    });
  }
  if (condition.myths.length > 0) {
    screens.push({
      screen: `${condition.id}/myths`,
      texts: condition.myths.flatMap((myth) => [...text(myth.myth), ...text(myth.fact)]),
    });
  }
  return screens;
}

/** Every screen of clinical text in the library, plus the About screen and the values list. */
export function libraryScreens(library: ContentLibrary, locale: Locale): ScreenText[] {
  const about = library.about;
  return [
    ...library.conditions.flatMap((condition) => conditionScreens(condition, locale)),
    {
      screen: 'about',
      texts: [about.reviewPolicy, about.authorship, about.funding, about.conflicts, about.howEvidenceWasChosen, about.limitations].map(
        (value) => value[locale],
      ),
    },
    { screen: 'values', texts: library.considerations.map((consideration) => consideration.label[locale]) },
  ];
}
