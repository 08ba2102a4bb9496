// Reading level of every screen of patient-facing content: Flesch–Kincaid grade (English) and Szigriszt-Pazos
// perspicuity on the INFLESZ scale (Spanish).
// Usage: npx tsx scripts/readability.ts [conditionId]   — targets: English median ≤ 6 and no screen above 8 per
// condition; Spanish 65 or more ("bastante fácil") on every screen.
import { libraryScreens } from '../src/shared/content/patient-text';
import { inflesz, median, readingStats, spanishReadingStats } from '../src/shared/content/readability';
import { loadContent } from './content-data';

const only = process.argv[2];
const library = loadContent().library;
const spanish = libraryScreens(library, 'es');
const rows = libraryScreens(library, 'en')
  .map((screen, index) => ({ screen: screen.screen, en: readingStats(screen.texts), es: spanishReadingStats(spanish[index]?.texts ?? []) }))
  .filter((row) => !only || row.screen.startsWith(`${only}/`));
for (const row of rows) {
  console.log(
    `${row.screen.padEnd(32)} grade ${row.en.grade.toFixed(1).padStart(4)}  (${row.en.words} words)   ` +
      `ES ${row.es.perspicuity.toFixed(1).padStart(5)} ${inflesz(row.es.perspicuity)}`,
  );
}
const grades = rows.map((row) => row.en.grade);
console.log(`English median ${median(grades).toFixed(1)}, max ${Math.max(...grades).toFixed(1)}; Spanish min ${Math.min(...rows.map((row) => row.es.perspicuity)).toFixed(1)}`);
