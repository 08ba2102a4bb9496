/** The clinical content, built from src/shared/content/data/*.yaml and validated by scripts/content-vite-plugin.ts. */
declare module 'virtual:duet-content' {
  import type { Signoff } from './data-schema';
  import type { ContentLibrary } from './schema';

  export const library: ContentLibrary;
  export const signoffs: Signoff[];
}

/** Each condition's name, tagline and completeness, and the considerations. */
declare module 'virtual:duet-content/catalog' {
  import type { Consideration } from './schema';
  import type { ConditionSummary } from './catalog-types';

  export const conditions: ConditionSummary[];
  export const considerations: Consideration[];
}

/** One loader (its own chunk) per condition. */
declare module 'virtual:duet-content/loaders' {
  import type { ConditionId } from './ids';
  import type { ConditionModule } from './catalog-types';

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
