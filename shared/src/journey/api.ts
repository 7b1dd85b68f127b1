import { z } from 'zod';
import { JourneySchema } from './model.js';
import { JourneySettingsSchema } from './settings.js';

/**
 * `GET /api/programmes/:id/journey` (read) and `PATCH` (facilitator, body `JourneyChangeSchema`)
 * answer the journey and the choices it was computed with.
 */
export const JourneyResponseSchema = z.object({ journey: JourneySchema, settings: JourneySettingsSchema });
export type JourneyResponse = z.infer<typeof JourneyResponseSchema>;
