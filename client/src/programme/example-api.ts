import { CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import type { Language } from '@mentoring/shared/schema/programme';
import { apiRequest } from '../api/http';

/** `POST /api/examples`: a new demo programme filled from the guide, with this device as facilitator. */
export function createExample(language: Language) {
  return apiRequest('/api/examples', {
    method: 'POST',
    body: { language },
    schema: CreateProgrammeResponseSchema,
  });
}
