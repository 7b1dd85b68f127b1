import { JourneyResponseSchema } from '@mentoring/shared/journey/api';
import type { JourneyChange } from '@mentoring/shared/journey/settings';
import { apiRequest } from '../../api/http';

const journeyPath = (programmeId: string) => `/api/programmes/${encodeURIComponent(programmeId)}/journey`;

/** The journey routes (server/src/http/journey-routes.ts). */
export const journeyApi = {
  get: (programmeId: string, token: string, signal?: AbortSignal) =>
    apiRequest(journeyPath(programmeId), { token, schema: JourneyResponseSchema, signal }),
  change: (programmeId: string, token: string, body: JourneyChange) =>
    apiRequest(journeyPath(programmeId), { method: 'PATCH', token, body, schema: JourneyResponseSchema }),
};
