import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DATA_DIR } from '../../scripts/content-data';
import { convertContent } from '../../scripts/content-to-yaml';

// Only while the TypeScript content files still exist (until the switch commit described in docs/content.md):
// the YAML data the app reads must be exactly what the converter makes from them, so a clinical fix made in
// TypeScript cannot silently miss the app. Deleted with the TypeScript files.
describe('the YAML content data', () => {
  it('matches the TypeScript content modules (run npx tsx scripts/content-to-yaml.ts after editing them)', async () => {
    const converted = await convertContent();
    for (const [name, text] of converted) {
      expect(readFileSync(join(CONTENT_DATA_DIR, name), 'utf8'), name).toBe(text);
    }
  });
});
