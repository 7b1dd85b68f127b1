import { LOCAL_CONTEXT_KEYS, NATIONAL_CONTEXT_KEYS, SENSITIVITY_KEYS } from '../schema/templates/context.js';
import { prefixed } from './layout.js';

/**
 * Text fields of the local and national/regional context sections, shared by the needs analysis
 * and the mentor strengths. Each is a root Y.Text named `text:<key>`, e.g.
 * `text:localContext.population`, `text:nationalContext.sensitivities.legislation`.
 */
export const LOCAL_CONTEXT_TEXTS = [
  ...prefixed('localContext', LOCAL_CONTEXT_KEYS),
  ...prefixed('localContext.sensitivities', SENSITIVITY_KEYS),
] as const;

export const NATIONAL_CONTEXT_TEXTS = [
  ...prefixed('nationalContext', NATIONAL_CONTEXT_KEYS),
  ...prefixed('nationalContext.sensitivities', SENSITIVITY_KEYS),
] as const;
