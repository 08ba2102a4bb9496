import type { InstrumentId } from './types';

/**
 * Rules for change between two totals of the same instrument. A rule is `null` where no published threshold was
 * found: Duet then reports the change in points and its direction, and no verdict.
 */
export interface ChangeRules {
  /** Response: the total fell by at least this fraction of the baseline. */
  responseFraction: number | null;
  /** Remission: the latest total is below this. */
  remissionBelow: number | null;
  /** Reliable change: a change of at least this many points is larger than measurement error, in either direction. */
  reliableChangePoints: number | null;
  source: string;
}

const RESPONSE_AND_REMISSION_SOURCE =
  'Response (a fall of 50% or more from baseline) and remission (PHQ-9 below 5, GAD-7 below 5) as set in issue 11; ' +
  'below 5 is the published "minimal" band of both instruments (Kroenke 2001; Spitzer 2006).';

const RELIABLE_CHANGE_SOURCE =
  'Reliable change as used by NHS Talking Therapies (formerly IAPT): a change of 6 or more points on the PHQ-9 and 4 ' +
  'or more on the GAD-7 (IAPT Manual, as quoted in public commentary; the manual itself could not be opened here). ' +
  'Reliable deterioration is the same threshold upwards: a reliable change index is symmetric by construction.';

export const CHANGE_RULES: Record<InstrumentId, ChangeRules> = {
  phq9: {
    responseFraction: 0.5,
    remissionBelow: 5,
    reliableChangePoints: 6,
    source: `${RESPONSE_AND_REMISSION_SOURCE} ${RELIABLE_CHANGE_SOURCE}`,
  },
  gad7: {
    responseFraction: 0.5,
    remissionBelow: 5,
    reliableChangePoints: 4,
    source: `${RESPONSE_AND_REMISSION_SOURCE} ${RELIABLE_CHANGE_SOURCE}`,
  },
  wsas: {
    responseFraction: null,
    remissionBelow: null,
    reliableChangePoints: null,
    source: 'No published response, remission or reliable-change threshold for the WSAS was found: change is reported in points only.',
  },
  fibser: {
    responseFraction: null,
    remissionBelow: null,
    reliableChangePoints: null,
    source: 'FIBSER ratings are read one by one at each visit; no change rule is published.',
  },
};
