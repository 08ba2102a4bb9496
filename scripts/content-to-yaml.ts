// One-off migration, kept re-runnable until the TypeScript content files are deleted: reads the content modules
// (src/shared/content/{about,considerations}.ts, sources/<id>.ts, conditions/<id>.ts) and writes the data files
// in src/shared/content/data/. It maps structure generically and never knows a condition's values: each figure's
// inputs come from the condition module's own exported records (any exported array of objects with an outcomeId
// and an option, or an object with an outcomeId), recognised by their fields; the sources of those inputs are the
// outcome's own effects. Anything it cannot place makes it stop with a message, rather than guess.
// Usage: npx tsx scripts/content-to-yaml.ts [--check]   (--check: write nothing, exit 1 if a data file would change)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { FigureEntry, FigureInput, RatioFigure } from '../src/shared/domain/evidence';
import type { About, Condition, Consideration, Modality, Outcome, Source } from '../src/shared/content/schema';
import { CONDITION_IDS } from '../src/shared/content/schema';
import { CONTENT_DATA_DIR } from './content-data';

const CONTENT_DIR = new URL('../src/shared/content/', import.meta.url);

export class ConversionError extends Error {
  override name = 'ConversionError';
}

type Effect = Outcome['effects'][number];
type ModuleExports = Record<string, unknown>;

/** What the converter recognises among a condition module's exported records. */
interface FigureRecord {
  outcomeId: string;
  option: string;
  fields: Record<string, unknown>;
  /** The `//` comments written just above the record, a reviewer's trace pointer. */
  comments: string[];
  exportName: string;
}

// ---- Reading comments from the TypeScript source ---------------------------------------------------------------

function commentText(source: string, ranges: readonly ts.CommentRange[] | undefined): string[] {
  return (ranges ?? [])
    .filter((range) => range.kind === ts.SyntaxKind.SingleLineCommentTrivia)
    .map((range) => source.slice(range.pos + 2, range.end).trim());
}

function literalText(node: ts.Expression | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

function propertyText(object: ts.ObjectLiteralExpression, name: string): string | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === name) return literalText(property.initializer);
  }
  return undefined;
}

interface SourceComments {
  /** The file's opening comment block (the first run of `//` lines). */
  header: string[];
  /** Comments above each record of an exported array or object, by `exportName/outcomeId/option` (option may be '*'). */
  byRecord: Map<string, string[]>;
}

function readComments(path: string): SourceComments {
  const source = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const header: string[] = [];
  for (const line of source.split('\n')) {
    if (line.startsWith('//')) header.push(line.slice(2).trim());
    else if (header.length > 0) break;
  }
  const byRecord = new Map<string, string[]>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const exportName = declaration.name.getText();
      let initializer = declaration.initializer;
      while (initializer && (ts.isAsExpression(initializer) || ts.isSatisfiesExpression(initializer))) initializer = initializer.expression;
      if (initializer && ts.isArrayLiteralExpression(initializer)) {
        for (const element of initializer.elements) {
          if (!ts.isObjectLiteralExpression(element)) continue;
          const key = `${exportName}/${propertyText(element, 'outcomeId')}/${propertyText(element, 'option')}`;
          byRecord.set(key, commentText(source, ts.getLeadingCommentRanges(source, element.getFullStart())));
        }
      } else if (initializer && ts.isObjectLiteralExpression(initializer)) {
        const key = `${exportName}/${propertyText(initializer, 'outcomeId')}/*`;
        const jsDoc = ts.getJSDocCommentsAndTags(declaration).map((doc) => doc.getText().replace(/^\/\*\*|\*\/$/g, '').replace(/^\s*\* ?/gm, '').trim());
        byRecord.set(key, [...commentText(source, ts.getLeadingCommentRanges(source, statement.getFullStart())), ...jsDoc]);
      }
    }
  }
  return { header, byRecord };
}

// ---- Turning a condition module's records into figure inputs ---------------------------------------------------

function recordsOf(exports: ModuleExports, comments: SourceComments): { records: FigureRecord[]; crossChecks: FigureRecord[] } {
  const records: FigureRecord[] = [];
  const crossChecks: FigureRecord[] = [];
  for (const [exportName, value] of Object.entries(exports)) {
    if (exportName === 'condition') continue;
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (!item || typeof item !== 'object' || typeof (item as { outcomeId?: unknown }).outcomeId !== 'string') {
        throw new ConversionError(`export ${exportName} is not a list of figure records (objects with an outcomeId); map it by hand`);
      }
      const fields = item as Record<string, unknown>;
      const option = typeof fields.option === 'string' ? fields.option : '*';
      const record: FigureRecord = {
        outcomeId: fields.outcomeId as string,
        option,
        fields,
        exportName,
        comments: comments.byRecord.get(`${exportName}/${fields.outcomeId as string}/${option}`) ?? [],
      };
      (Array.isArray(value) ? records : crossChecks).push(record);
    }
  }
  return { records, crossChecks };
}

function effectSource(outcome: Outcome, where: string, match: (effect: Effect) => boolean, what: string): string {
  const found = outcome.effects.filter(match);
  const sources = new Set(found.map((effect) => effect.sourceId));
  if (sources.size !== 1) {
    throw new ConversionError(`${where}: ${sources.size === 0 ? 'no effect shown' : 'effects from several sources'} for ${what}; the source of this input must be shown in the outcome's effects`);
  }
  return found[0]!.sourceId;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** One record → the figure of its option, plus the observed baseline it rests on (if any). */
function figuresFromRecord(outcome: Outcome, record: FigureRecord): FigureEntry[] {
  const where = `${record.exportName} ${record.outcomeId}/${record.option}`;
  const f = record.fields;
  const percentSource = (percent: number) =>
    effectSource(outcome, where, (effect) => effect.measure === 'percent' && effect.value === percent, `the rate ${percent}%`);
  if (isNumber(f.baselinePer100) && isNumber(f.publishedValue) && (f.measure === 'RR' || f.measure === 'OR') && typeof f.baselineOption === 'string') {
    const figure: RatioFigure = {
      from: 'ratio',
      baseline: f.baselineOption,
      measure: f.measure,
      publishedValue: f.publishedValue,
      appliedAs: f.appliedAs === 'reciprocal' ? 'reciprocal' : 'as-published',
      ...(f.framing === 'complement' ? { framing: 'complement' as const } : {}),
      sourceId: effectSource(outcome, where, (effect) => effect.measure === f.measure && effect.value === f.publishedValue, `${f.measure} ${f.publishedValue}`),
    };
    const baseline: FigureEntry = { option: f.baselineOption, figure: { from: 'observed', percent: f.baselinePer100, sourceId: percentSource(f.baselinePer100) } };
    return [{ option: record.option, figure }, baseline];
  }
  const percent = isNumber(f.publishedPercent) ? f.publishedPercent : isNumber(f.percent) ? f.percent : undefined;
  if (percent !== undefined) {
    const sourceId = typeof f.sourceId === 'string' ? f.sourceId : percentSource(percent);
    return [{ option: record.option, figure: { from: 'observed', percent, sourceId } }];
  }
  if (isNumber(f.smd) && typeof f.referenceOption === 'string') {
    const smd = f.smd;
    const shown = outcome.effects.filter((effect) => effect.measure === 'g' && Math.abs(effect.value) === Math.abs(smd));
    if (shown.length !== 1) throw new ConversionError(`${where}: expected one effect 'g' of ±${smd} in the outcome, found ${shown.length}`);
    const effect = shown[0]!;
    return [
      { option: record.option, figure: { from: 'smd', reference: f.referenceOption, publishedValue: effect.value, lowerScoreIsBetter: effect.value !== smd, sourceId: effect.sourceId } },
      { option: f.referenceOption, figure: { from: 'smd-reference' } },
    ];
  }
  throw new ConversionError(`${where}: fields ${Object.keys(f).join(', ')} are not a figure the converter knows; map it by hand`);
}

function sameFigure(a: FigureInput, b: FigureInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

interface ConvertedOutcome {
  results: FigureEntry[];
  /** Comments to keep above each result, by option. */
  comments: Map<string, string[]>;
}

function convertOutcome(conditionId: string, outcome: Outcome, records: FigureRecord[], crossChecks: FigureRecord[]): ConvertedOutcome {
  const byOption = new Map<string, FigureInput>();
  const comments = new Map<string, string[]>();
  for (const record of records.filter((candidate) => candidate.outcomeId === outcome.id)) {
    for (const entry of figuresFromRecord(outcome, record)) {
      const existing = byOption.get(entry.option);
      // A baseline implied by a ratio may also be recorded as its own observed rate; they must agree.
      if (existing && !sameFigure(existing, entry.figure)) {
        const derived = [existing, entry.figure].filter((figure) => figure.from !== 'observed' && figure.from !== 'smd-reference');
        if (derived.length !== 1) throw new ConversionError(`${conditionId}/${outcome.id}/${entry.option}: two different figures are recorded`);
        byOption.set(entry.option, derived[0]!);
      } else {
        byOption.set(entry.option, entry.figure);
      }
      if (entry.option === record.option && record.comments.length > 0) comments.set(entry.option, [...(comments.get(entry.option) ?? []), ...record.comments]);
    }
  }
  for (const check of crossChecks.filter((candidate) => candidate.outcomeId === outcome.id)) {
    const { baselinePer100, publishedValue } = check.fields;
    const ratios = [...byOption.entries()].filter(([, figure]) => figure.from === 'ratio');
    const baseline = [...byOption.entries()].find(([, figure]) => figure.from === 'observed' && figure.percent === baselinePer100);
    if (ratios.length !== 1 || !baseline || !isNumber(publishedValue)) {
      throw new ConversionError(`${conditionId}/${outcome.id}: cannot tell which figure the cross-check ${check.exportName} belongs to; map it by hand`);
    }
    const [option, figure] = ratios[0]! as [string, RatioFigure];
    const sourceId = effectSource(outcome, check.exportName, (effect) => effect.measure === figure.measure && effect.value === publishedValue, `${figure.measure} ${publishedValue}`);
    byOption.set(option, { ...figure, crossCheck: { baseline: baseline[0], publishedValue, sourceId } });
    comments.set(option, [...(comments.get(option) ?? []), ...check.comments]);
  }
  const missing = outcome.results.filter((result) => !byOption.has(result.option)).map((result) => result.option);
  if (missing.length > 0) {
    throw new ConversionError(`${conditionId}/${outcome.id}: no recorded figure for ${missing.join(', ')}; add its inputs before converting`);
  }
  const extra = [...byOption.keys()].filter((option) => !outcome.results.some((result) => result.option === option));
  if (extra.length > 0) throw new ConversionError(`${conditionId}/${outcome.id}: figures recorded for ${extra.join(', ')}, which the outcome does not show`);
  return { results: outcome.results.map((result) => ({ option: result.option, figure: byOption.get(result.option)! })), comments };
}

// ---- Writing the files -----------------------------------------------------------------------------------------

const asComment = (lines: string[]): string => lines.map((line) => ` ${line}`).join('\n');

function yamlText(document: Document): string {
  return document.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** One condition's data file, in the order a reviewer reads the screens. */
export function conditionDocument(path: string, exports: ModuleExports): Document {
  const condition = exports.condition as Condition;
  const comments = readComments(path);
  const { records, crossChecks } = recordsOf(exports, comments);

  const modalities = new Map<string, Modality>();
  for (const option of condition.options) {
    for (const modality of option.modalities) {
      const known = modalities.get(modality.id);
      if (known && JSON.stringify(known) !== JSON.stringify(modality)) throw new ConversionError(`${condition.id}: two different modalities share the id ${modality.id}`);
      modalities.set(modality.id, modality);
    }
  }
  const converted = condition.outcomes.map((outcome) => convertOutcome(condition.id, outcome, records, crossChecks));
  const trace = comments.header.join(' ').match(/docs\/evidence-trace[\w-]*\.md/)?.[0];
  const { id, options, outcomes, ...rest } = condition;
  const data = {
    id,
    ...(trace ? { evidenceTrace: trace } : {}),
    ...Object.fromEntries(Object.entries(rest).filter(([key]) => !['myths', 'cautions'].includes(key))),
    modalities: [...modalities.values()],
    options: options.map((option) => ({ ...option, modalities: option.modalities.map((modality) => modality.id) })),
    outcomes: outcomes.map((outcome, index) => ({ ...outcome, results: converted[index]!.results })),
    myths: condition.myths,
    cautions: condition.cautions,
  };

  const document = new Document(data, { aliasDuplicateObjects: false });
  const header = comments.header.map((line) => line.replace(/\.\.\/sources(\/[\w-]+)?\.ts/g, 'sources.yaml'));
  document.commentBefore = asComment([
    ...header,
    '',
    'Source of truth for this condition (see docs/content.md). Each result is entered as its published inputs;',
    'the "out of 100" number is computed at build by computeOutcomeFigures (src/shared/domain/evidence.ts).',
  ]);
  converted.forEach((outcome, outcomeIndex) => {
    const results = document.getIn(['outcomes', outcomeIndex, 'results']);
    if (!isSeq(results)) return;
    results.items.forEach((item, resultIndex) => {
      const option = outcomes[outcomeIndex]!.results[resultIndex]!.option;
      const lines = outcome.comments.get(option);
      if (lines && isMap(item)) (item as YAMLMap).commentBefore = asComment(lines);
    });
  });
  return document;
}

function mergeSources(lists: { file: string; sources: Source[] }[]): Source[] {
  const byId = new Map<string, Source>();
  for (const { file, sources } of lists) {
    for (const source of sources) {
      const existing = byId.get(source.id);
      if (existing && JSON.stringify(existing) !== JSON.stringify(source)) throw new ConversionError(`${file}: source ${source.id} is defined twice with different details`);
      byId.set(source.id, source);
    }
  }
  return [...byId.values()];
}

async function importExports(relativePath: string): Promise<ModuleExports> {
  return (await import(new URL(relativePath, CONTENT_DIR).href)) as ModuleExports;
}

/** Every data file's text, by file name, from the TypeScript content. */
export async function convertContent(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of CONDITION_IDS) {
    const path = new URL(`conditions/${id}.ts`, CONTENT_DIR);
    try {
      out.set(`${id}.yaml`, yamlText(conditionDocument(path.pathname, await importExports(`conditions/${id}.ts`))));
    } catch (error) {
      if (error instanceof ConversionError) error.message = `conditions/${id}.ts: ${error.message}`;
      throw error;
    }
  }
  const lists = await Promise.all(CONDITION_IDS.map(async (id) => ({ file: `sources/${id}.ts`, sources: (await importExports(`sources/${id}.ts`)).sources as Source[] })));
  const sources = new Document({ sources: mergeSources(lists) });
  sources.commentBefore = asComment([
    'Every source cited anywhere in the content, once (conditions cite them by id). The build fails on a source',
    'that nothing cites, or a citation with no source. `checkedOn`: when a Duet author last checked the figures',
    'against the source itself; each condition\'s evidence trace (docs/evidence-trace*.md) says where they sit.',
  ]);
  out.set('sources.yaml', yamlText(sources));
  const about = new Document((await importExports('about.ts')).about as About);
  about.commentBefore = asComment(['IPDAS certifying items (date, update policy, authorship, funding, conflicts) and honest limits.', 'Raise contentVersion whenever clinical content changes: reviewer sign-offs are tied to it.']);
  out.set('about.yaml', yamlText(about));
  const considerations = new Document({ considerations: (await importExports('considerations.ts')).considerations as Consideration[] });
  considerations.commentBefore = asComment(['Things a patient may weigh on the "What matters to you" step. Ids are stable: saved sessions store ratings by id.']);
  out.set('considerations.yaml', yamlText(considerations));
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await convertContent();
  const changed: string[] = [];
  for (const [name, text] of files) {
    const path = join(CONTENT_DATA_DIR, name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    changed.push(name);
    if (!check) writeFileSync(path, text);
  }
  const signoffs = join(CONTENT_DATA_DIR, 'signoffs.yaml');
  if (!existsSync(signoffs)) {
    changed.push('signoffs.yaml');
    if (!check) writeFileSync(signoffs, SIGNOFFS_TEMPLATE);
  }
  if (check && changed.length > 0) {
    console.error(`The data files are out of date with the TypeScript content: ${changed.join(', ')}. Run npx tsx scripts/content-to-yaml.ts`);
    process.exitCode = 1;
    return;
  }
  console.log(changed.length ? `Wrote ${changed.join(', ')}` : 'The data files already match the TypeScript content.');
}

export const SIGNOFFS_TEMPLATE = `# Independent clinicians' sign-offs, one per condition and content version (see docs/content.md, "Review").
# Enter only a sign-off a named reviewer actually gave, from their signed review packet (npm run content:review).
# Never invent a reviewer. Until a condition has one for the current content version, Duet says it is unreviewed.
# Example entry:
#   - name: <reviewer's full name>
#     role: <profession and role, e.g. consultant psychiatrist>
#     date: YYYY-MM-DD
#     contentVersion: <about.yaml contentVersion reviewed>
#     condition: <condition id>
#     decision: approved | approved-with-changes | not-approved
#     comments: <optional>
signoffs: []
`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
