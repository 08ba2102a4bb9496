import { z } from 'zod';
import { CONDITION_IDS, OPTION_KINDS, type ConditionId, type OptionKind } from '../../content/schema';
import { DECISION_ROLES, type DecisionRole } from '../../session';
import { CHANGE_RULES } from '../../measures';
import { SURE_MAX_SCORE } from '../sure';
import {
  AGE_SEGMENTS,
  AGREED_OPTION_SEGMENTS,
  OUTCOME_MEASURES,
  SEX_GENDER_SEGMENTS,
  type AgreedOptionSegment,
  type EpisodeFacts,
  type OutcomeMeasure,
} from './facts';
import { Ledger, type Count, type Rate, type Spread } from './suppression';

/**
 * The practice's figures (issue 12) from de-identified episode facts: pure, no clock (the caller says which day it
 * is), every count passed through small-cell suppression (suppression.ts). Definitions: docs/outcomes.md.
 */

/** A real calendar day as YYYY-MM-DD (not 2026-13-01 or 2026-02-30). */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const time = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
  }, 'Not a real day');

export const SPLITS = ['none', 'age-group', 'sex-gender', 'condition', 'agreed-option', 'clinician'] as const;
export type Split = (typeof SPLITS)[number];

/** Which episodes the figures are about. Every field is required: the page always sends the whole filter. */
export const dashboardFiltersSchema = z
  .object({
    /** First and last day the episodes began (inclusive); '' = open. */
    from: z.union([z.literal(''), isoDay]),
    to: z.union([z.literal(''), isoDay]),
    /** Empty = every one. */
    conditions: z.array(z.enum(CONDITION_IDS)).max(CONDITION_IDS.length),
    /** Clinician keys (see clinicianKey in facts.ts). */
    clinicians: z.array(z.string().max(200)).max(200),
    options: z.array(z.enum(AGREED_OPTION_SEGMENTS)).max(AGREED_OPTION_SEGMENTS.length),
  })
  .strict()
  .refine((filters) => filters.from === '' || filters.to === '' || filters.from <= filters.to, {
    message: 'The first day is after the last day',
    path: ['to'],
  });
export type DashboardFilters = z.output<typeof dashboardFiltersSchema>;

/** No filter: every episode in the store. */
export function allFilters(): DashboardFilters {
  return { from: '', to: '', conditions: [], clinicians: [], options: [] };
}

export const dashboardQuerySchema = z.object({ filters: dashboardFiltersSchema, split: z.enum(SPLITS) }).strict();
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

/**
 * Follow-up windows, in whole days after the measure's baseline (the first total of that measure in the episode):
 * 8–12 weeks = days 56 to 84; 6 months = 22 to 30 weeks = days 154 to 210, both ends included. Where an episode has
 * several totals in a window, the last one counts.
 */
export const OUTCOME_WINDOWS = [
  { id: 'weeks-8-12', fromDay: 56, toDay: 84 },
  { id: 'month-6', fromDay: 154, toDay: 210 },
] as const;
export type OutcomeWindowId = (typeof OUTCOME_WINDOWS)[number]['id'];

/**
 * Trajectory points: the baseline (week 0), then four-week spans after it up to a year: weeks 1–4 (days 1–28),
 * 5–8 (29–56), … 49–52 (337–364). Each episode gives at most one total per span (its last one there).
 */
export const TRAJECTORY_BINS: readonly { week: number; fromDay: number; toDay: number }[] = [
  { week: 0, fromDay: 0, toDay: 0 },
  ...Array.from({ length: 13 }, (_, index) => ({ week: (index + 1) * 4, fromDay: index * 28 + 1, toDay: (index + 1) * 28 })),
];

export interface SegmentKey {
  split: Split;
  /** 'all' for the whole scope; otherwise the segment (an age group, a clinician key, …). */
  key: string;
  /** Clinicians only: the name to show. */
  name: string | null;
}

export interface WindowFigures {
  window: OutcomeWindowId;
  /** Episodes with a total in the window: the denominator of every rate here. */
  withFollowUp: Count;
  /** The window has passed with no total in it: lost to follow-up in this window. */
  noFollowUp: Count;
  /** The window has not passed yet and has no total so far. */
  notYetDue: Count;
  /** A fall of 50% or more from baseline; null where the measure has no published rule (WSAS). */
  response: Rate | null;
  /** Below 5, among those not already below 5 at baseline; null where the measure has no rule. */
  remission: Rate | null;
  /** Points from baseline to the window's total (negative = fewer symptoms). */
  change: Spread;
}

export interface TrajectoryPoint {
  week: number;
  totals: Spread;
}

export interface MeasureFigures {
  measure: OutcomeMeasure;
  withBaseline: Count;
  noBaseline: Count;
  windows: WindowFigures[];
  /** Median total (with quartiles) over time, by the option agreed ('none' = no plan agreed). */
  trajectories: { option: AgreedOptionSegment; points: TrajectoryPoint[] }[];
}

export interface SegmentFigures {
  segment: SegmentKey;
  decisions: {
    started: Count;
    /** Agreed of started. */
    agreed: Rate;
    byCondition: { condition: ConditionId; started: Count; agreed: Rate }[];
    /** Each option's share of the agreed plans. */
    byOption: { option: OptionKind; agreed: Rate }[];
    /** Agreed option = the patient's leaning, among agreed episodes where the patient leaned to an option. */
    matchedLeaning: Rate;
    /** Agreed episodes where the patient was unsure or did not say. */
    noLeaning: Count;
    roles: { role: DecisionRole; episodes: Rate }[];
  };
  quality: {
    /** SURE 4 of 4, among episodes that answered all four items at that moment. */
    sureBeforeOptions: Rate;
    sureBeforeAgreement: Rate;
    /** CollaboRATE top score (every item 4), among completed forms. */
    collaborateTopBox: Rate;
    /** Teach-back recorded, among agreed episodes. */
    teachBack: Rate;
  };
  outcomes: MeasureFigures[];
  adherence: {
    /** Latest report of doses missed in the last 7 days. */
    dosesReported: Count;
    noneMissed: Rate;
    dosesMissed: Spread;
    /** Latest report of therapy sessions attended, where sessions were planned. */
    sessionsReported: Count;
    allAttended: Rate;
    /** Sessions attended as a percentage of those planned. */
    percentAttended: Spread;
  };
}

export interface Dashboard {
  /** The day the figures were computed for (windows that have not passed yet are "not yet due"). */
  asOf: string;
  query: DashboardQuery;
  /** Every clinician with an episode in the store, for the filter. */
  clinicians: { key: string; name: string }[];
  /** The whole scope first, then one row per segment of the split. */
  rows: SegmentFigures[];
}

/** What every query needs from one episode, computed once per facts object. */
interface Prepared {
  facts: EpisodeFacts;
  startDayNumber: number;
  /** Index in AGREED_OPTION_SEGMENTS ('none' last). */
  optionIndex: number;
  conditionIndex: number;
  roleIndex: number;
  measures: (PreparedMeasure | null)[];
  dosesMissed: number | null;
  percentAttended: number | null;
  /** What the episode adds to a row's tally on the day `today` (see contributionOf). */
  contribution: Contribution | null;
}

interface Contribution {
  today: number;
  /** The counts the episode adds one to. */
  slots: Int32Array;
  /** The values it adds to spreads, and the count each belongs to. */
  spreadSlots: Int32Array;
  spreadValues: Float64Array;
}

interface PreparedMeasure {
  baselineDay: number;
  baselineTotal: number;
  /** The last total in each window (null = none), in OUTCOME_WINDOWS order. */
  windowTotals: (number | null)[];
  binTotals: (number | null)[];
}

const prepared = new WeakMap<EpisodeFacts, Prepared>();

function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);
}

function prepare(facts: EpisodeFacts): Prepared {
  const cached = prepared.get(facts);
  if (cached) return cached;
  const measures = OUTCOME_MEASURES.map((measure): PreparedMeasure | null => {
    const points = facts.measures[measure];
    const baseline = points[0];
    if (!baseline) return null;
    const lastIn = (fromDay: number, toDay: number) => {
      let total: number | null = null;
      for (let index = 1; index < points.length; index += 1) {
        const after = points[index]!.day - baseline.day;
        if (after >= fromDay && after <= toDay) total = points[index]!.total;
      }
      return total;
    };
    return {
      baselineDay: baseline.day,
      baselineTotal: baseline.total,
      windowTotals: OUTCOME_WINDOWS.map((window) => lastIn(window.fromDay, window.toDay)),
      binTotals: TRAJECTORY_BINS.map((bin, index) => (index === 0 ? baseline.total : lastIn(bin.fromDay, bin.toDay))),
    };
  });
  const doses = facts.adherence.filter((point) => point.dosesMissed !== null).at(-1);
  const sessions = facts.adherence.filter((point) => point.sessionsPlanned !== null && point.sessionsPlanned > 0 && point.sessionsAttended !== null).at(-1);
  const result: Prepared = {
    facts,
    startDayNumber: dayNumber(facts.startDay),
    optionIndex: AGREED_OPTION_SEGMENTS.indexOf(facts.agreedOption ?? 'none'),
    conditionIndex: CONDITION_IDS.indexOf(facts.condition),
    roleIndex: DECISION_ROLES.indexOf(facts.decisionRole),
    measures,
    dosesMissed: doses?.dosesMissed ?? null,
    percentAttended: sessions ? Math.round((sessions.sessionsAttended! / sessions.sessionsPlanned!) * 100) : null,
    contribution: null,
  };
  prepared.set(facts, result);
  return result;
}

/**
 * Every count of one row, by number, and the lines that tie them (see suppression.ts): the same for every row, so
 * it is built once. `pair` makes a count and its complement ("agreed" and "not agreed") with their line.
 */
function buildLayout() {
  let size = 0;
  const lines: { total: number; parts: number[] }[] = [];
  const slot = () => size++;
  const line = (total: number, parts: number[]) => lines.push({ total, parts });
  const pair = (total: number) => {
    const yes = slot();
    const no = slot();
    line(total, [yes, no]);
    return { yes, no };
  };
  const started = slot();
  const agreed = pair(started);
  const conditions = CONDITION_IDS.map(() => {
    const total = slot();
    return { total, agreed: pair(total) };
  });
  line(started, conditions.map((cell) => cell.total));
  line(agreed.yes, conditions.map((cell) => cell.agreed.yes));
  line(agreed.no, conditions.map((cell) => cell.agreed.no));
  const options = OPTION_KINDS.map(() => slot());
  line(agreed.yes, options);
  const withLeaning = slot();
  const matched = pair(withLeaning);
  const noLeaning = slot();
  line(agreed.yes, [matched.yes, matched.no, noLeaning]);
  line(agreed.yes, [withLeaning, noLeaning]);
  const roles = DECISION_ROLES.map(() => slot());
  line(started, roles);
  const checked = () => {
    const complete = pair(started);
    return { complete, top: pair(complete.yes) };
  };
  const sureBeforeOptions = checked();
  const sureBeforeAgreement = checked();
  const collaborate = checked();
  const teachBack = pair(agreed.yes);
  const measures = OUTCOME_MEASURES.map((measure) => {
    const rules = CHANGE_RULES[measure];
    const baseline = pair(started);
    const windows = OUTCOME_WINDOWS.map(() => {
      const withFollowUp = slot();
      const none = slot();
      const notYet = slot();
      line(baseline.yes, [withFollowUp, none, notYet]);
      const response = rules.responseFraction === null ? null : pair(withFollowUp);
      const eligible = rules.remissionBelow === null ? null : pair(withFollowUp);
      const remission = eligible === null ? null : pair(eligible.yes);
      return { withFollowUp, none, notYet, response, eligible, remission };
    });
    const trajectories = AGREED_OPTION_SEGMENTS.map(() => TRAJECTORY_BINS.map(() => slot()));
    line(baseline.yes, trajectories.map((bins) => bins[0]!));
    return { baseline, windows, trajectories };
  });
  const doses = pair(started);
  const noneMissed = pair(doses.yes);
  const sessions = pair(started);
  const allAttended = pair(sessions.yes);
  return {
    size,
    lines,
    started,
    agreed,
    conditions,
    options,
    withLeaning,
    matched,
    noLeaning,
    roles,
    sureBeforeOptions,
    sureBeforeAgreement,
    collaborate,
    teachBack,
    measures,
    doses,
    noneMissed,
    sessions,
    allAttended,
  };
}

const LAYOUT = buildLayout();
type Layout = typeof LAYOUT;

interface Tally {
  counts: Int32Array;
  /** The values each spread is computed over, by the slot of the count they belong to (as many as that count). */
  values: (Float64Array | undefined)[];
}

/**
 * What one episode adds to a row on the day `today`: the counts it adds one to and the values it adds to spreads.
 * Kept with the episode, so a filter change only adds these up.
 */
function contributionOf(episode: Prepared, today: number): Contribution {
  if (episode.contribution?.today === today) return episode.contribution;
  const L: Layout = LAYOUT;
  const slots: number[] = [];
  const spreadSlots: number[] = [];
  const spreadValues: number[] = [];
  const push = (slot: number, value: number) => {
    spreadSlots.push(slot);
    spreadValues.push(value);
  };
  const either = (cells: { yes: number; no: number }, yes: boolean) => {
    slots.push(yes ? cells.yes : cells.no);
    return yes;
  };
  const check = (cells: Layout['sureBeforeOptions'], complete: boolean, top: boolean) => {
    if (either(cells.complete, complete)) either(cells.top, top);
  };
  const facts = episode.facts;
  slots.push(L.started);
  const conditionCells = L.conditions[episode.conditionIndex]!;
  slots.push(conditionCells.total);
  either(conditionCells.agreed, facts.agreed);
  if (either(L.agreed, facts.agreed)) {
    slots.push(L.options[episode.optionIndex]!);
    if (facts.leaning !== null && facts.leaning !== 'unsure') {
      slots.push(L.withLeaning);
      either(L.matched, facts.leaning === facts.agreedOption);
    } else {
      slots.push(L.noLeaning);
    }
    either(L.teachBack, facts.teachBackDone);
  }
  slots.push(L.roles[episode.roleIndex]!);
  check(L.sureBeforeOptions, facts.sureBeforeOptions !== null, facts.sureBeforeOptions === SURE_MAX_SCORE);
  check(L.sureBeforeAgreement, facts.sureBeforeAgreement !== null, facts.sureBeforeAgreement === SURE_MAX_SCORE);
  check(L.collaborate, facts.collaborateTopBox !== null, facts.collaborateTopBox === true);

  OUTCOME_MEASURES.forEach((measure, measureIndex) => {
    const cells = L.measures[measureIndex]!;
    const view = episode.measures[measureIndex] ?? null;
    if (!either(cells.baseline, view !== null) || view === null) return;
    const rules = CHANGE_RULES[measure];
    const sinceBaseline = today - episode.startDayNumber - view.baselineDay;
    const baseline = view.baselineTotal;
    OUTCOME_WINDOWS.forEach((window, windowIndex) => {
      const windowCells = cells.windows[windowIndex]!;
      const total = view.windowTotals[windowIndex] ?? null;
      if (total === null) {
        slots.push(sinceBaseline > window.toDay ? windowCells.none : windowCells.notYet);
        return;
      }
      slots.push(windowCells.withFollowUp);
      if (windowCells.response && rules.responseFraction !== null) {
        either(windowCells.response, baseline > 0 && baseline - total >= rules.responseFraction * baseline);
      }
      if (windowCells.eligible && windowCells.remission && rules.remissionBelow !== null) {
        if (either(windowCells.eligible, baseline >= rules.remissionBelow)) either(windowCells.remission, total < rules.remissionBelow);
      }
      push(windowCells.withFollowUp, total - baseline);
    });
    const bins = cells.trajectories[episode.optionIndex]!;
    view.binTotals.forEach((total, binIndex) => {
      if (total === null) return;
      slots.push(bins[binIndex]!);
      push(bins[binIndex]!, total);
    });
  });

  if (either(L.doses, episode.dosesMissed !== null)) {
    either(L.noneMissed, episode.dosesMissed === 0);
    push(L.doses.yes, episode.dosesMissed!);
  }
  if (either(L.sessions, episode.percentAttended !== null)) {
    either(L.allAttended, episode.percentAttended! >= 100);
    push(L.sessions.yes, episode.percentAttended!);
  }
  episode.contribution = {
    today,
    slots: Int32Array.from(slots),
    spreadSlots: Int32Array.from(spreadSlots),
    spreadValues: Float64Array.from(spreadValues),
  };
  return episode.contribution;
}

/** The slots that have values (spreads): every value of a spread belongs to its count, so there are as many. */
const SPREAD_SLOTS: readonly number[] = (() => {
  const slots = new Set<number>([LAYOUT.doses.yes, LAYOUT.sessions.yes]);
  for (const measure of LAYOUT.measures) {
    for (const window of measure.windows) slots.add(window.withFollowUp);
    for (const bins of measure.trajectories) for (const bin of bins) slots.add(bin);
  }
  return [...slots].sort((a, b) => a - b);
})();

/** Views into one buffer, one per spread slot, sized by the counts. */
function valueViews(counts: Int32Array): { views: (Float64Array | undefined)[]; buffer: Float64Array; offsets: Int32Array } {
  let size = 0;
  const offsets = new Int32Array(LAYOUT.size);
  for (const slot of SPREAD_SLOTS) {
    offsets[slot] = size;
    size += counts[slot]!;
  }
  const buffer = new Float64Array(size);
  const views = new Array<Float64Array | undefined>(LAYOUT.size);
  for (const slot of SPREAD_SLOTS) views[slot] = buffer.subarray(offsets[slot], offsets[slot]! + counts[slot]!);
  return { views, buffer, offsets };
}

/** One row's counts: the sum of its episodes' contributions. */
function tally(episodes: readonly Prepared[], today: number): Tally {
  const counts = new Int32Array(LAYOUT.size);
  const contributions = episodes.map((episode) => contributionOf(episode, today));
  for (const { slots } of contributions) {
    for (let index = 0; index < slots.length; index += 1) counts[slots[index]!]! += 1;
  }
  const { views, buffer, offsets } = valueViews(counts);
  for (const { spreadSlots, spreadValues } of contributions) {
    for (let index = 0; index < spreadSlots.length; index += 1) {
      const slot = spreadSlots[index]!;
      buffer[offsets[slot]!] = spreadValues[index]!;
      offsets[slot]! += 1;
    }
  }
  return { counts, values: views };
}

/** The whole scope's tally from its segments' (they partition it): no second pass over the episodes. */
function sumOf(parts: readonly Tally[]): Tally {
  const counts = new Int32Array(LAYOUT.size);
  for (const part of parts) for (let slot = 0; slot < LAYOUT.size; slot += 1) counts[slot]! += part.counts[slot]!;
  const { views } = valueViews(counts);
  for (const slot of SPREAD_SLOTS) {
    let at = 0;
    for (const part of parts) {
      const list = part.values[slot]!;
      views[slot]!.set(list, at);
      at += list.length;
    }
  }
  return { counts, values: views };
}

/** Adds one row's counts and lines to the ledger; returns where its counts start and how to read the row once settled. */
function registerRow(ledger: Ledger, segment: SegmentKey, { counts, values }: Tally): { base: number; read: () => SegmentFigures } {
  const L = LAYOUT;
  const base = ledger.block(counts);
  for (const { total, parts } of L.lines) ledger.line(base + total, parts.map((part) => base + part));
  const at = (slot: number) => base + slot;
  const spread = (slot: number) => ledger.spread(at(slot), values[slot] ?? new Float64Array(0));
  const rate = (top: number, of: number) => ledger.rate(at(top), at(of));

  const read = (): SegmentFigures => ({
    segment,
    decisions: {
      started: ledger.get(at(L.started)),
      agreed: rate(L.agreed.yes, L.started),
      byCondition: CONDITION_IDS.map((condition, index) => ({
        condition,
        started: ledger.get(at(L.conditions[index]!.total)),
        agreed: rate(L.conditions[index]!.agreed.yes, L.conditions[index]!.total),
      })),
      byOption: OPTION_KINDS.map((option, index) => ({ option, agreed: rate(L.options[index]!, L.agreed.yes) })),
      matchedLeaning: rate(L.matched.yes, L.withLeaning),
      noLeaning: ledger.get(at(L.noLeaning)),
      roles: DECISION_ROLES.map((role, index) => ({ role, episodes: rate(L.roles[index]!, L.started) })),
    },
    quality: {
      sureBeforeOptions: rate(L.sureBeforeOptions.top.yes, L.sureBeforeOptions.complete.yes),
      sureBeforeAgreement: rate(L.sureBeforeAgreement.top.yes, L.sureBeforeAgreement.complete.yes),
      collaborateTopBox: rate(L.collaborate.top.yes, L.collaborate.complete.yes),
      teachBack: rate(L.teachBack.yes, L.agreed.yes),
    },
    outcomes: OUTCOME_MEASURES.map((measure, measureIndex) => {
      const cells = L.measures[measureIndex]!;
      return {
        measure,
        withBaseline: ledger.get(at(cells.baseline.yes)),
        noBaseline: ledger.get(at(cells.baseline.no)),
        windows: OUTCOME_WINDOWS.map((window, windowIndex) => {
          const windowCells = cells.windows[windowIndex]!;
          return {
            window: window.id,
            withFollowUp: ledger.get(at(windowCells.withFollowUp)),
            noFollowUp: ledger.get(at(windowCells.none)),
            notYetDue: ledger.get(at(windowCells.notYet)),
            response: windowCells.response ? rate(windowCells.response.yes, windowCells.withFollowUp) : null,
            remission: windowCells.remission && windowCells.eligible ? rate(windowCells.remission.yes, windowCells.eligible.yes) : null,
            change: spread(windowCells.withFollowUp),
          };
        }),
        trajectories: AGREED_OPTION_SEGMENTS.map((option, optionIndex) => ({
          option,
          points: TRAJECTORY_BINS.map((bin, binIndex) => ({ week: bin.week, totals: spread(cells.trajectories[optionIndex]![binIndex]!) })),
        })),
      };
    }),
    adherence: {
      dosesReported: ledger.get(at(L.doses.yes)),
      noneMissed: rate(L.noneMissed.yes, L.doses.yes),
      dosesMissed: spread(L.doses.yes),
      sessionsReported: ledger.get(at(L.sessions.yes)),
      allAttended: rate(L.allAttended.yes, L.sessions.yes),
      percentAttended: spread(L.sessions.yes),
    },
  });
  return { base, read };
}

export function matchesFilters(facts: EpisodeFacts, filters: DashboardFilters): boolean {
  if (filters.from && facts.startDay < filters.from) return false;
  if (filters.to && facts.startDay > filters.to) return false;
  if (filters.conditions.length > 0 && !filters.conditions.includes(facts.condition)) return false;
  if (filters.clinicians.length > 0 && !filters.clinicians.includes(facts.clinicianKey)) return false;
  if (filters.options.length > 0 && !filters.options.includes(facts.agreedOption ?? 'none')) return false;
  return true;
}

/** The segment an episode falls in for a split. */
export function segmentOf(facts: EpisodeFacts, split: Split): string {
  switch (split) {
    case 'none':
      return 'all';
    case 'age-group':
      return facts.ageGroup;
    case 'sex-gender':
      return facts.sexGender;
    case 'condition':
      return facts.condition;
    case 'agreed-option':
      return facts.agreedOption ?? 'none';
    case 'clinician':
      return facts.clinicianKey;
  }
}

/** Every clinician key with its shown name (the name of its earliest episode), ordered by name. */
const clinicianLists = new WeakMap<readonly EpisodeFacts[], { key: string; name: string }[]>();

export function cliniciansIn(facts: readonly EpisodeFacts[]): { key: string; name: string }[] {
  const cached = clinicianLists.get(facts);
  if (cached) return cached.map((clinician) => ({ ...clinician }));
  const names = new Map<string, { name: string; startDay: string }>();
  for (const episode of facts) {
    const known = names.get(episode.clinicianKey);
    if (!known || episode.startDay < known.startDay) names.set(episode.clinicianKey, { name: episode.clinicianName, startDay: episode.startDay });
  }
  const list = [...names.entries()].map(([key, { name }]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name, 'en') || a.key.localeCompare(b.key, 'en'));
  clinicianLists.set(facts, list);
  return list.map((clinician) => ({ ...clinician }));
}

/**
 * Works out, ahead of time, what each episode adds to the figures on the day `asOf`, so the first dashboard of the
 * day does not have to. Pure (it fills a cache kept with each facts object); optional.
 */
export function prepareFigures(facts: readonly EpisodeFacts[], asOf: string): void {
  const today = dayNumber(asOf);
  if (Number.isNaN(today)) return;
  for (const episode of facts) contributionOf(prepare(episode), today);
}

/** The segments of a split, in display order: fixed categories always (so a table never changes shape), clinicians present. */
function segmentsFor(split: Split, episodes: readonly EpisodeFacts[]): SegmentKey[] {
  const fixed = (keys: readonly string[]) => keys.map((key) => ({ split, key, name: null }));
  switch (split) {
    case 'none':
      return [];
    case 'age-group':
      return fixed(AGE_SEGMENTS);
    case 'sex-gender':
      return fixed(SEX_GENDER_SEGMENTS);
    case 'condition':
      return fixed(CONDITION_IDS);
    case 'agreed-option':
      return fixed(AGREED_OPTION_SEGMENTS);
    case 'clinician':
      return cliniciansIn(episodes).map(({ key, name }) => ({ split, key, name }));
  }
}

/**
 * The dashboard for `query` over `facts`, as of the day `asOf` (an ISO day). Every count, rate and spread in the
 * answer has been through small-cell suppression.
 */
export function computeDashboard(facts: readonly EpisodeFacts[], query: DashboardQuery, asOf: string): Dashboard {
  const today = dayNumber(asOf);
  if (Number.isNaN(today)) throw new RangeError(`Not a day: ${asOf}`);
  const inScope = facts.filter((episode) => matchesFilters(episode, query.filters));
  const bySegment = new Map<string, Prepared[]>();
  for (const episode of inScope) {
    const key = segmentOf(episode, query.split);
    const list = bySegment.get(key);
    if (list) list.push(prepare(episode));
    else bySegment.set(key, [prepare(episode)]);
  }
  const segmentKeys = segmentsFor(query.split, inScope);
  const segmentTallies = segmentKeys.map((segment) => tally(bySegment.get(segment.key) ?? [], today));
  const ledger = new Ledger();
  const all = registerRow(
    ledger,
    { split: 'none', key: 'all', name: null },
    segmentKeys.length > 0 ? sumOf(segmentTallies) : tally(inScope.map(prepare), today),
  );
  const segments = segmentKeys.map((segment, index) => registerRow(ledger, segment, segmentTallies[index]!));
  if (segments.length > 0) {
    // The segments add up to the whole scope, for every count.
    for (let slot = 0; slot < LAYOUT.size; slot += 1) {
      ledger.line(all.base + slot, segments.map((segment) => segment.base + slot));
    }
  }
  ledger.settle();
  return {
    asOf,
    query,
    clinicians: cliniciansIn(facts),
    rows: [all.read(), ...segments.map((segment) => segment.read())],
  };
}
