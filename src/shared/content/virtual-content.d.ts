/** The clinical content, built from src/shared/content/data/*.yaml and validated by scripts/content-vite-plugin.ts. */
declare module 'virtual:duet-content' {
  import type { Signoff } from './data-schema';
  import type { ContentLibrary } from './schema';

  export const library: ContentLibrary;
  export const signoffs: Signoff[];
}
