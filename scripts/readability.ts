// Reading grade (Flesch–Kincaid) of every screen of patient-facing English content.
// Usage: npx tsx scripts/readability.ts [conditionId]   — targets: median ≤ 6, no screen above 8.
import { rawContent } from '../src/shared/content';
import { libraryScreens } from '../src/shared/content/patient-text';
import { median, readingStats } from '../src/shared/content/readability';

const only = process.argv[2];
const rows = libraryScreens(rawContent, 'en')
  .filter((screen) => !only || screen.screen.startsWith(`${only}/`))
  .map((screen) => ({ screen: screen.screen, ...readingStats(screen.texts) }));
for (const row of rows) console.log(`${row.screen.padEnd(32)} grade ${row.grade.toFixed(1).padStart(4)}  (${row.words} words)`);
console.log(`median ${median(rows.map((row) => row.grade)).toFixed(1)}, max ${Math.max(...rows.map((row) => row.grade)).toFixed(1)}`);
