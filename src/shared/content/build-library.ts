import type { z } from 'zod';
import { computeOutcomeFigures, FigureInputError } from '../domain/evidence';
import {
  aboutDataSchema,
  conditionDataSchema,
  considerationsDataSchema,
  signoffsDataSchema,
  sourcesDataSchema,
  type ConditionData,
  type Signoff,
} from './data-schema';
import { CONDITION_IDS, contentLibrarySchema, type Condition, type ContentLibrary } from './schema';

/**
 * Turns the parsed files of src/shared/content/data/ into the library the app shows. Pure (no file access), so the
 * build plugin, the test run and the Node scripts all validate content the same way. Every problem is reported
 * with the file and the field it sits in, e.g. "depression.yaml: outcomes[1] (feel-much-better).results[0] …".
 */

/** The data files by name ("depression.yaml"), already parsed from YAML. */
export type ContentFiles = Record<string, unknown>;

export const LIBRARY_FILES = ['about.yaml', 'sources.yaml', 'considerations.yaml', 'signoffs.yaml'] as const;
export const conditionFileName = (id: string): string => `${id}.yaml`;
export const CONTENT_FILE_NAMES: readonly string[] = [...LIBRARY_FILES, ...CONDITION_IDS.map(conditionFileName)];

export class ContentDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The clinical content data is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentDataError';
  }
}

export interface BuiltContent {
  library: ContentLibrary;
  /** Each condition as entered, with its figure inputs (the review packet and the evidence test read these). */
  conditionData: ConditionData[];
  signoffs: Signoff[];
}

/** "outcomes[1] (feel-much-better).results[0] (therapy).figure.percent": array items named by their id. */
export function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let text = '';
  let node: unknown = root;
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const item = node as { id?: unknown; option?: unknown; kind?: unknown } | undefined;
      const name = item?.id ?? item?.option ?? item?.kind;
      text += `[${key}]${typeof name === 'string' ? ` (${name})` : ''}`;
    } else {
      text += `${text ? '.' : ''}${String(key)}`;
    }
  }
  return text || '(the whole file)';
}

function parseFile<T>(files: ContentFiles, file: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  if (!(file in files)) {
    problems.push(`${file}: the file is missing`);
    return undefined;
  }
  const parsed = schema.safeParse(files[file]);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push(`${file}: ${describePath(files[file], issue.path)}: ${issue.message}`);
  return undefined;
}

function toCondition(data: ConditionData, file: string, problems: string[]): Condition {
  const modalities = new Map(data.modalities.map((modality) => [modality.id, modality]));
  if (modalities.size !== data.modalities.length) problems.push(`${file}: modalities: two modalities share an id`);
  const used = new Set<string>();
  const options = data.options.map((option, index) => ({
    ...option,
    modalities: option.modalities.flatMap((id) => {
      used.add(id);
      const modality = modalities.get(id);
      if (!modality) problems.push(`${file}: options[${index}] (${option.kind}).modalities: no modality with id ${id}`);
      return modality ? [modality] : [];
    }),
  }));
  for (const id of modalities.keys()) if (!used.has(id)) problems.push(`${file}: modalities: ${id} is used by no option`);
  const outcomes = data.outcomes.map((outcome, index) => {
    const { results, ...rest } = outcome;
    try {
      return { ...rest, results: computeOutcomeFigures(results) as Condition['outcomes'][number]['results'] };
    } catch (error) {
      const where = `${file}: outcomes[${index}] (${outcome.id}).results`;
      if (error instanceof FigureInputError) problems.push(`${where} (${error.option}): ${error.message}`);
      else throw error;
      return { ...rest, results: [] };
    }
  });
  const { evidenceTrace: _trace, modalities: _modalities, ...texts } = data;
  return { ...texts, options, outcomes };
}

export function buildContentLibrary(files: ContentFiles): BuiltContent {
  const problems: string[] = [];
  for (const file of Object.keys(files)) {
    if (!CONTENT_FILE_NAMES.includes(file)) problems.push(`${file}: not a content file Duet knows (expected one of ${CONTENT_FILE_NAMES.join(', ')})`);
  }
  const about = parseFile(files, 'about.yaml', aboutDataSchema, problems);
  const sources = parseFile(files, 'sources.yaml', sourcesDataSchema, problems);
  const considerations = parseFile(files, 'considerations.yaml', considerationsDataSchema, problems);
  const signoffs = parseFile(files, 'signoffs.yaml', signoffsDataSchema, problems);
  const conditionData: ConditionData[] = [];
  const conditions: Condition[] = [];
  for (const id of CONDITION_IDS) {
    const file = conditionFileName(id);
    const data = parseFile(files, file, conditionDataSchema, problems);
    if (!data) continue;
    if (data.id !== id) problems.push(`${file}: id: is ${data.id}, but the file is named for ${id}`);
    conditionData.push(data);
    conditions.push(toCondition(data, file, problems));
  }
  if (problems.length > 0 || !about || !sources || !considerations || !signoffs) throw new ContentDataError(problems);

  const library: ContentLibrary = { about, sources: sources.sources, considerations: considerations.considerations, conditions };
  const checked = contentLibrarySchema.safeParse(library);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [section, index, ...rest] = issue.path;
      if (section === 'conditions' && typeof index === 'number') {
        const condition = conditions[index];
        problems.push(`${conditionFileName(condition?.id ?? String(index))}: ${describePath(condition, rest)}: ${issue.message}`);
      } else {
        problems.push(`library: ${describePath(library, issue.path)}: ${issue.message}`);
      }
    }
    throw new ContentDataError(problems);
  }
  return { library: checked.data, conditionData, signoffs: signoffs.signoffs };
}
