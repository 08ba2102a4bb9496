/** The clinical content, built from src/shared/content/data/*.yaml and validated by scripts/content-vite-plugin.ts. */
declare module 'virtual:duet-content' {
  import type { Signoff } from './data-schema';
  import type { ContentLibrary } from './schema';

  export const library: ContentLibrary;
  export const signoffs: Signoff[];
}

/** What the renderer needs before a condition is opened, and one loader (its own chunk) per condition. */
declare module 'virtual:duet-content/catalog' {
  import type { ConditionId, Consideration } from './schema';
  import type { ConditionModule, ConditionSummary } from './catalog-types';

  export const conditions: ConditionSummary[];
  export const considerations: Consideration[];
  export const conditionLoaders: Record<ConditionId, () => Promise<ConditionModule>>;
}

/** The library's about and the sign-offs (the About screen and the plan's footer). */
declare module 'virtual:duet-content/about' {
  import type { Signoff } from './data-schema';
  import type { About } from './schema';

  export const about: About;
  export const signoffs: Signoff[];
}

/** Every source, in the library's order (the About screen). */
declare module 'virtual:duet-content/sources' {
  import type { Source } from './schema';

  export const sources: Source[];
}
