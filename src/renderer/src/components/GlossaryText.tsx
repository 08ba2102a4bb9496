import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { explainedTermIds, segmentGlossaryTerms } from '../../../shared/content/glossary-match';
import type { GlossaryTerm } from '../../../shared/content/glossary-schema';
import type { Locale } from '../../../shared/locale';
import { getGlossary, getGlossaryTerm } from '../content';
import { createGlossaryRegistry, useGlossaryScope } from './GlossaryScope';
import '../styles/glossary.css';

interface GlossaryTextProps {
  text: string;
  locale: Locale;
}

/**
 * Clinical text with the first mention of each glossary term on the screen made explainable in place.
 * The text itself is unchanged (its textContent stays the same), so nothing is lost for copy, print or tests.
 */
export function GlossaryText({ text, locale }: GlossaryTextProps) {
  const ownerId = useId();
  const screenScope = useGlossaryScope();
  // Outside a screen scope the text is its own scope: a term is still explained once within it.
  const [ownScope] = useState(createGlossaryRegistry);
  const scope = screenScope ?? ownScope;

  const segments = segmentGlossaryTerms(text, locale, scope.explainedElsewhere(ownerId), getGlossary());
  const termIds = explainedTermIds(segments);
  // Claimed while rendering, so later texts in the same render already see these terms as explained.
  scope.claim(ownerId, termIds);
  const claimedKey = termIds.join(' ');
  useEffect(() => {
    scope.claim(ownerId, claimedKey ? claimedKey.split(' ') : []);
    return () => scope.release(ownerId);
  }, [scope, ownerId, claimedKey]);

  return (
    <>
      {segments.map((segment, index) => {
        const term = segment.kind === 'term' ? getGlossaryTerm(segment.termId) : undefined;
        return term ? (
          <ExplainableTerm key={index} text={segment.text} term={term} locale={locale} />
        ) : (
          segment.text
        );
      })}
    </>
  );
}

interface ExplainableTermProps {
  text: string;
  term: GlossaryTerm;
  locale: Locale;
}

/** The term as written, a toggle button right after it, and when open its one-line meaning inline. */
function ExplainableTerm({ text, term, locale }: ExplainableTermProps) {
  const { t } = useTranslation('glossary', { lng: locale });
  const [open, setOpen] = useState(false);
  const definitionId = useId();
  return (
    <span className="glossary-term" data-term={term.id}>
      <span className="glossary-term__word">{text}</span>
      {/* Named by aria-label and marked by CSS, so the sentence's own text stays exactly as written. */}
      <button
        type="button"
        className="glossary-term__toggle"
        aria-expanded={open}
        aria-controls={definitionId}
        aria-label={t('whatDoesItMean', { term: text })}
        title={t('whatDoesItMean', { term: text })}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      />
      {open && (
        <span id={definitionId} className="glossary-term__definition" role="note">
          <strong>{term.term[locale]}:</strong> {term.definition[locale]}
        </span>
      )}
    </span>
  );
}
