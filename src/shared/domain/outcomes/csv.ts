import { OUTCOME_MEASURES, type EpisodeFacts } from './facts';
import { cliniciansIn, matchesFilters, OUTCOME_WINDOWS, type Dashboard, type DashboardFilters } from './figures';
import { SMALL_CELL, type Count, type Rate, type Spread } from './suppression';

/**
 * The two CSV exports of the practice's figures (issue 12), as text. RFC 4180: comma-separated, CRLF line ends,
 * a header row, a field quoted (with doubled quotes inside) when it holds a comma, a quote or a line break.
 * Safe to open in a spreadsheet: a text field that starts with =, +, -, @, a tab or a carriage return (or their
 * full-width forms) is written with a leading apostrophe, so it is never run as a formula; plain numbers are
 * written as numbers.
 */

const CRLF = '\r\n';
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export type CsvValue = string | number | boolean | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value) : typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
  if (typeof value === 'string' && !PLAIN_NUMBER.test(text) && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}

export const HIDDEN_WORDS = { 'fewer-than-5': 'fewer than 5', complementary: 'hidden' } as const;

function countValue(count: Count): CsvValue {
  return count.shown ? count.value : HIDDEN_WORDS[count.reason];
}

export const AGGREGATE_HEADER = [
  'split',
  'segment',
  'section',
  'figure',
  'measure',
  'window_or_week',
  'category',
  'count',
  'of',
  'percent',
  'n',
  'median',
  'q1',
  'q3',
] as const;

type Row = CsvValue[];

/** The dashboard's tables, one figure per row, with the same suppression as the screen (from the same objects). */
export function aggregateCsv(dashboard: Dashboard): string {
  const rows: Row[] = [];
  for (const row of dashboard.rows) {
    const segment = row.segment.split === 'none' ? 'all' : (row.segment.name ?? row.segment.key);
    const base = [row.segment.split, segment];
    const count = (section: string, figure: string, measure: string, window: string, category: string, value: Count) =>
      rows.push([...base, section, figure, measure, window, category, countValue(value), null, null, null, null, null, null]);
    const rate = (section: string, figure: string, measure: string, window: string, category: string, value: Rate) =>
      rows.push([
        ...base,
        section,
        figure,
        measure,
        window,
        category,
        value.shown ? value.numerator : countValue(value.numerator),
        value.shown ? value.denominator : countValue(value.denominator),
        value.shown ? value.percent : null,
        null,
        null,
        null,
        null,
      ]);
    const spread = (section: string, figure: string, measure: string, window: string, category: string, value: Spread) =>
      rows.push([
        ...base,
        section,
        figure,
        measure,
        window,
        category,
        null,
        null,
        null,
        value.shown ? value.n : countValue(value.n),
        value.shown ? value.median : null,
        value.shown ? value.q1 : null,
        value.shown ? value.q3 : null,
      ]);

    const { decisions, quality, outcomes, adherence } = row;
    count('decisions', 'started', '', '', '', decisions.started);
    rate('decisions', 'agreed', '', '', '', decisions.agreed);
    for (const cell of decisions.byCondition) {
      count('decisions', 'started-by-condition', '', '', cell.condition, cell.started);
      rate('decisions', 'agreed-by-condition', '', '', cell.condition, cell.agreed);
    }
    for (const cell of decisions.byOption) rate('decisions', 'agreed-option', '', '', cell.option, cell.agreed);
    rate('decisions', 'agreed-option-matched-leaning', '', '', '', decisions.matchedLeaning);
    count('decisions', 'agreed-without-leaning', '', '', '', decisions.noLeaning);
    for (const cell of decisions.roles) rate('decisions', 'decision-role', '', '', cell.role, cell.episodes);
    rate('decision-quality', 'sure-4-of-4-before-options', '', '', '', quality.sureBeforeOptions);
    rate('decision-quality', 'sure-4-of-4-before-agreeing', '', '', '', quality.sureBeforeAgreement);
    rate('decision-quality', 'collaborate-top-box', '', '', '', quality.collaborateTopBox);
    rate('decision-quality', 'teach-back-done', '', '', '', quality.teachBack);
    for (const measure of outcomes) {
      count('outcomes', 'with-baseline', measure.measure, '', '', measure.withBaseline);
      count('outcomes', 'no-baseline', measure.measure, '', '', measure.noBaseline);
      for (const window of measure.windows) {
        count('outcomes', 'with-follow-up', measure.measure, window.window, '', window.withFollowUp);
        count('outcomes', 'no-follow-up', measure.measure, window.window, '', window.noFollowUp);
        count('outcomes', 'not-yet-due', measure.measure, window.window, '', window.notYetDue);
        if (window.response) rate('outcomes', 'response', measure.measure, window.window, '', window.response);
        if (window.remission) rate('outcomes', 'remission', measure.measure, window.window, '', window.remission);
        spread('outcomes', 'change-from-baseline', measure.measure, window.window, '', window.change);
      }
      for (const trajectory of measure.trajectories) {
        for (const point of trajectory.points) {
          spread('outcomes', 'trajectory', measure.measure, `week-${String(point.week)}`, trajectory.option, point.totals);
        }
      }
    }
    count('adherence', 'doses-reported', '', '', '', adherence.dosesReported);
    rate('adherence', 'no-doses-missed-last-7-days', '', '', '', adherence.noneMissed);
    spread('adherence', 'doses-missed-last-7-days', '', '', '', adherence.dosesMissed);
    count('adherence', 'sessions-reported', '', '', '', adherence.sessionsReported);
    rate('adherence', 'all-planned-sessions-attended', '', '', '', adherence.allAttended);
    spread('adherence', 'percent-of-planned-sessions-attended', '', '', '', adherence.percentAttended);
  }
  return csvText(AGGREGATE_HEADER, rows);
}

/** The categorical columns of the episode-level file: a value fewer than 5 rows share is shown as "fewer than 5". */
const CATEGORY_COLUMNS = ['condition', 'age_group', 'sex_gender', 'clinician', 'decision_role', 'leaning', 'agreed_option'] as const;

export const EPISODE_HEADER = [
  'episode',
  ...CATEGORY_COLUMNS,
  'agreed',
  'agreed_option_matched_leaning',
  'sure_before_options',
  'sure_before_agreement',
  'collaborate_top_box',
  'teach_back_done',
  ...OUTCOME_MEASURES.flatMap((measure) => [
    `${measure}_baseline_day`,
    `${measure}_baseline`,
    ...OUTCOME_WINDOWS.flatMap((window) => [`${measure}_${window.id}_day`, `${measure}_${window.id}`]),
    `${measure}_all_days_and_totals`,
  ]),
  'doses_missed_last_7_days_latest',
  'doses_missed_day',
  'therapy_sessions_planned_latest',
  'therapy_sessions_attended_latest',
  'therapy_sessions_day',
  'last_recorded_day',
] as const;

/** FNV-1a: a stable shuffle key, so that rows are not in the order the episodes began. */
function shuffleKey(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * One row per episode in the filters, de-identified: no label, no free text, no id, no date. Every day is a whole
 * number of days since the episode's first visit (day 0). Clinicians are "C1", "C2", … (most episodes first), not
 * names. A category value that fewer than 5 of the exported episodes share (an age group, a sex/gender category, a
 * clinician, a condition, …) is written "fewer than 5", column by column, so a small group cannot be counted from
 * the rows. Rows are in a fixed shuffled order.
 */
export function episodesCsv(facts: readonly EpisodeFacts[], filters: DashboardFilters): string {
  const episodes = facts.filter((episode) => matchesFilters(episode, filters)).sort((a, b) => shuffleKey(a.id) - shuffleKey(b.id) || (a.id < b.id ? -1 : 1));
  const byEpisodes = new Map<string, number>();
  for (const episode of episodes) byEpisodes.set(episode.clinicianKey, (byEpisodes.get(episode.clinicianKey) ?? 0) + 1);
  const order = cliniciansIn(episodes)
    .map(({ key }) => key)
    .sort((a, b) => (byEpisodes.get(b) ?? 0) - (byEpisodes.get(a) ?? 0));
  const clinicianCode = new Map(order.map((key, index) => [key, `C${String(index + 1)}`]));

  const categories = (episode: EpisodeFacts): Record<(typeof CATEGORY_COLUMNS)[number], string> => ({
    condition: episode.condition,
    age_group: episode.ageGroup,
    sex_gender: episode.sexGender,
    clinician: clinicianCode.get(episode.clinicianKey)!,
    decision_role: episode.decisionRole,
    leaning: episode.leaning ?? 'not-recorded',
    agreed_option: episode.agreedOption ?? 'none',
  });
  const tallies = new Map<string, number>();
  for (const episode of episodes) {
    for (const [column, value] of Object.entries(categories(episode))) tallies.set(`${column}=${value}`, (tallies.get(`${column}=${value}`) ?? 0) + 1);
  }
  const shown = (column: string, value: string) => ((tallies.get(`${column}=${value}`) ?? 0) < SMALL_CELL ? HIDDEN_WORDS['fewer-than-5'] : value);

  const rows = episodes.map((episode, index): Row => {
    const values = categories(episode);
    const leaned = episode.leaning !== null && episode.leaning !== 'unsure';
    const measureColumns = OUTCOME_MEASURES.flatMap((measure): CsvValue[] => {
      const points = episode.measures[measure];
      const baseline = points[0];
      if (!baseline) return [null, null, ...OUTCOME_WINDOWS.flatMap(() => [null, null]), null];
      const windows = OUTCOME_WINDOWS.flatMap((window): CsvValue[] => {
        const inWindow = points.slice(1).filter((point) => point.day - baseline.day >= window.fromDay && point.day - baseline.day <= window.toDay).at(-1);
        return inWindow ? [inWindow.day, inWindow.total] : [null, null];
      });
      return [baseline.day, baseline.total, ...windows, points.map((point) => `${String(point.day)}:${String(point.total)}`).join(' ')];
    });
    const doses = episode.adherence.filter((point) => point.dosesMissed !== null).at(-1);
    const sessions = episode.adherence.filter((point) => point.sessionsPlanned !== null || point.sessionsAttended !== null).at(-1);
    const lastDay = Math.max(...OUTCOME_MEASURES.flatMap((measure) => episode.measures[measure].map((point) => point.day)), ...episode.adherence.map((point) => point.day), 0);
    return [
      index + 1,
      ...CATEGORY_COLUMNS.map((column) => shown(column, values[column])),
      episode.agreed,
      episode.agreed && leaned ? episode.leaning === episode.agreedOption : null,
      episode.sureBeforeOptions,
      episode.sureBeforeAgreement,
      episode.collaborateTopBox,
      episode.teachBackDone,
      ...measureColumns,
      doses?.dosesMissed ?? null,
      doses?.day ?? null,
      sessions?.sessionsPlanned ?? null,
      sessions?.sessionsAttended ?? null,
      sessions?.day ?? null,
      lastDay,
    ];
  });
  return csvText(EPISODE_HEADER, rows);
}
