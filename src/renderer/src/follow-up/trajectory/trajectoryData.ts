import { dayOf, totalIn } from '../../../../shared/domain/episode';
import { scoreMeasure, trajectory, type Trajectory } from '../../../../shared/domain/measures';
import type { VisitMeasures } from '../../../../shared/follow-up';
import { INSTRUMENTS, type Band, type InstrumentId } from '../../../../shared/measures';
import type { Session } from '../../../../shared/session';

/**
 * What the trajectory chart, its table and the follow-up print show, worked out once from an episode: one row per
 * visit (the first visit, then each follow-up, oldest first), each measure's total at that visit, and the plan
 * versions agreed at that visit. Pure: nothing here draws or translates.
 */

/** The measures with a total that the chart draws, in the order they are shown. */
export const CHARTED_INSTRUMENTS = ['phq9', 'gad7', 'wsas'] as const satisfies readonly InstrumentId[];
export type ChartedInstrument = (typeof CHARTED_INSTRUMENTS)[number];

export interface EpisodeVisit {
  /** Stable key: 'first' for the first visit, else the follow-up's id. */
  key: string;
  /** 0 for the first visit, n for the n-th follow-up (in date order). */
  number: number;
  /** ISO day of the visit. */
  day: string;
  measures: VisitMeasures;
  /** Plan versions agreed at this visit, oldest first. */
  planVersions: { version: number; agreedAt: string }[];
}

export interface SeriesPoint {
  visit: EpisodeVisit;
  /** null when the measure was not taken or not finished at that visit. */
  total: number | null;
  band: string | null;
  /** The first visit with a total: what change is measured from. */
  isStart: boolean;
}

export interface MeasureSeries {
  instrument: ChartedInstrument;
  points: SeriesPoint[];
  /** Baseline, latest and the change between them (classifyChange, src/shared/domain/measures.ts). */
  trajectory: Trajectory;
  range: { min: number; max: number };
  bands: readonly Band[];
}

/** The episode's visits, oldest first, with the plan versions agreed at each (first visit: `followUpId` null). */
export function episodeVisits(session: Pick<Session, 'createdAt' | 'answers' | 'followUps' | 'planVersions'>): EpisodeVisit[] {
  const versionsAt = (followUpId: string | null) =>
    session.planVersions
      .filter((version) => version.followUpId === followUpId)
      .map(({ version, agreedAt }) => ({ version, agreedAt }));
  const first: EpisodeVisit = {
    key: 'first',
    number: 0,
    day: session.answers.baseline.date || dayOf(session.createdAt),
    measures: session.answers.baseline.measures,
    planVersions: versionsAt(null),
  };
  const followUps = session.followUps
    .map((visit, order) => ({ visit, order }))
    .sort((a, b) => a.visit.date.localeCompare(b.visit.date) || a.order - b.order)
    .map(
      ({ visit }, index): EpisodeVisit => ({
        key: visit.id,
        number: index + 1,
        day: visit.date,
        measures: visit.measures,
        planVersions: versionsAt(visit.id),
      }),
    );
  // A plan version whose visit was deleted still belongs on the chart: it is shown at the first visit after it.
  const known = new Set([null, ...session.followUps.map((visit) => visit.id)]);
  const orphans = session.planVersions.filter((version) => !known.has(version.followUpId));
  const visits = [first, ...followUps];
  for (const orphan of orphans) {
    const day = dayOf(orphan.agreedAt);
    const at = visits.find((visit) => visit.day >= day) ?? visits.at(-1)!;
    at.planVersions = [...at.planVersions, { version: orphan.version, agreedAt: orphan.agreedAt }].sort((a, b) => a.version - b.version);
  }
  return visits;
}

/** One series per measure that has at least one total in the episode. */
export function measureSeries(session: Pick<Session, 'createdAt' | 'answers' | 'followUps' | 'planVersions'>): MeasureSeries[] {
  const visits = episodeVisits(session);
  const series: MeasureSeries[] = [];
  for (const instrument of CHARTED_INSTRUMENTS) {
    const scoring = INSTRUMENTS[instrument].scoring;
    if (scoring.kind !== 'sum') continue;
    const totals = visits.map((visit) => totalIn(visit.measures, instrument));
    if (totals.every((total) => total === null)) continue;
    const path = trajectory(
      instrument,
      visits.map((visit, index) => ({ date: visit.day, total: totals[index] ?? null })),
    );
    const startIndex = totals.findIndex((total) => total !== null);
    const points = visits.map((visit, index): SeriesPoint => {
      const total = totals[index] ?? null;
      const band = total === null ? null : (scoring.bands.find((candidate) => total >= candidate.min && total <= candidate.max)?.key ?? null);
      return { visit, total, band, isStart: index === startIndex };
    });
    series.push({ instrument, points, trajectory: path, range: scoring.range, bands: scoring.bands });
  }
  return series;
}

export interface SideEffectRatings {
  /** The visit the ratings are from: the newest with all three. */
  visit: EpisodeVisit;
  /** Item id → rating 0–6, in the published order. */
  ratings: { itemId: string; rating: number }[];
  /** The published reading of the burden rating (FIBSER band key). */
  band: string;
}

/** The newest complete FIBSER ratings of the episode, or null. Never added up (docs/measures.md). */
export function latestSideEffects(session: Pick<Session, 'createdAt' | 'answers' | 'followUps' | 'planVersions'>): SideEffectRatings | null {
  const visits = episodeVisits(session);
  for (let index = visits.length - 1; index >= 0; index -= 1) {
    const visit = visits[index]!;
    const response = visit.measures.find((candidate) => candidate.instrument === 'fibser');
    if (!response) continue;
    const score = scoreMeasure(response);
    if (score.kind !== 'ratings') continue;
    const ratings = INSTRUMENTS.fibser.items.map((item) => ({ itemId: item.id, rating: score.ratings[item.id] ?? 0 }));
    return { visit, ratings, band: score.band };
  }
  return null;
}
