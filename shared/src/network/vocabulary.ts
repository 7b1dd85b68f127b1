import { z } from 'zod';

/**
 * The shared vocabulary that needs analyses and mentor profiles are matched on: themes (the guide's
 * integration policy areas, one benchmark each), key factors (the conditions for success that the
 * benchmarks' "ideal city" lists, named across themes) and cross-cutting topics. Ids, not words: a
 * Greek needs analysis and a Spanish profile meet on the same ids, and the labels are translated in
 * the client (`network.theme.*`, `network.factor.*`, `network.topic.*`).
 */
export const THEMES = [
  'reception',
  'language-learning',
  'employment',
  'education',
  'housing',
  'health',
  'participation',
  'anti-discrimination',
  'social-cohesion',
] as const;
export const ThemeIdSchema = z.enum(THEMES);
export type ThemeId = z.infer<typeof ThemeIdSchema>;

/** Key factors, after the benchmark's structure (demand, offer, access, volunteering, ...). */
export const KEY_FACTORS = [
  'know-demand',
  'enough-offer',
  'one-door',
  'volunteering',
  'work-and-daily-life',
  'migrant-participation',
  'coordination',
  'data-and-monitoring',
  'staff-skills',
  'stable-funding',
  'communication',
  'public-attitudes',
] as const;
export const KeyFactorIdSchema = z.enum(KEY_FACTORS);
export type KeyFactorId = z.infer<typeof KeyFactorIdSchema>;

/** Cross-cutting topics of the needs analysis (annex 2, question 2). */
export const TOPICS = ['gender', 'youth', 'vulnerable-groups', 'digital', 'multilevel-governance'] as const;
export const TopicIdSchema = z.enum(TOPICS);
export type TopicId = z.infer<typeof TopicIdSchema>;

/** The level of government a city or member works at (annex 3: local and national context). */
export const GOVERNMENT_LEVELS = ['municipality', 'metropolitan', 'region', 'national'] as const;
export const GovernmentLevelSchema = z.enum(GOVERNMENT_LEVELS);
export type GovernmentLevel = z.infer<typeof GovernmentLevelSchema>;
