import { z } from 'zod';
import { INSTRUMENT_IDS } from './types';

// The stored shape of answers, apart from the instruments' texts: schemas that store answers (sessions, follow-up
// visits) need only this, so the page's first screen does not carry every questionnaire (issue 14).

export const instrumentIdSchema = z.enum(INSTRUMENT_IDS);

/**
 * One completed (or partly completed) questionnaire as stored with a visit: item id → the chosen value, or `null` for
 * an item left blank. The shape is checked here; whether each value is allowed is checked by the scorer, which turns
 * anything off the scale into a typed error, never a number.
 */
export const measureResponseSchema = z.object({
  instrument: instrumentIdSchema,
  answers: z.record(z.string(), z.number().nullable()),
  /** WSAS only: the person ticked "retired or choose not to have a job for reasons unrelated to my problem". */
  workNotApplicable: z.boolean().default(false),
});
export type MeasureResponse = z.infer<typeof measureResponseSchema>;
