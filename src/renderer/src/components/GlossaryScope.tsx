import { createContext, useContext, useState, type ReactNode } from 'react';

/**
 * Which glossary terms a screen has already explained, and by which piece of text. A term belongs to the first
 * text that claims it, and keeps belonging to it through re-renders, so the explanation does not jump around
 * when the patient ticks a box or changes which options are compared.
 */
export interface GlossaryRegistry {
  /** Terms explained by any text other than this one. */
  explainedElsewhere(ownerId: string): Set<string>;
  /** This text now explains exactly these terms (those still free to take). */
  claim(ownerId: string, termIds: readonly string[]): void;
  /** This text is gone: its terms are free again. */
  release(ownerId: string): void;
}

export function createGlossaryRegistry(): GlossaryRegistry {
  const ownerByTerm = new Map<string, string>();
  return {
    explainedElsewhere(ownerId) {
      const elsewhere = new Set<string>();
      for (const [termId, owner] of ownerByTerm) if (owner !== ownerId) elsewhere.add(termId);
      return elsewhere;
    },
    claim(ownerId, termIds) {
      for (const [termId, owner] of ownerByTerm) {
        if (owner === ownerId && !termIds.includes(termId)) ownerByTerm.delete(termId);
      }
      for (const termId of termIds) if (!ownerByTerm.has(termId)) ownerByTerm.set(termId, ownerId);
    },
    release(ownerId) {
      for (const [termId, owner] of ownerByTerm) if (owner === ownerId) ownerByTerm.delete(termId);
    },
  };
}

const GlossaryScopeContext = createContext<GlossaryRegistry | null>(null);

/** One screen: inside it, each clinical term is explained the first time it appears, and only then. */
export function GlossaryScope({ children }: { children: ReactNode }) {
  const [registry] = useState(createGlossaryRegistry);
  return <GlossaryScopeContext.Provider value={registry}>{children}</GlossaryScopeContext.Provider>;
}

/** The screen's registry, or null outside any GlossaryScope. */
export function useGlossaryScope(): GlossaryRegistry | null {
  return useContext(GlossaryScopeContext);
}
