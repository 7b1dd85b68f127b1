import { z } from 'zod';
import { textFields } from './common.js';
import { prefixedKeys, type SectionDeclaration, texts } from './declaration.js';

/**
 * The local and national/regional context sections that the needs analysis (annex 2) and the mentor
 * strengths profile (annex 3) share, so that mentor and mentee can be matched on them.
 */

/** Sensitivities and concerns about migration, asked for both at local and at national level. */
export const SENSITIVITY_KEYS = [
  'workWithMigrants',
  'publicAttitudes',
  'agencyCompetition',
  'funding',
  'competences',
  'legislation',
  'other',
] as const;
export const SensitivitiesSchema = textFields(SENSITIVITY_KEYS);
export type Sensitivities = z.infer<typeof SensitivitiesSchema>;

/** The city: migration trends, figures, budget, policies, institutions and networks. */
export const LOCAL_CONTEXT_KEYS = [
  'migrationTrends',
  'population',
  'migrantPopulation',
  'nationalitiesAndStatus',
  'municipalBudget',
  'integrationBudget',
  'integrationStrategy',
  'sectoralPolicies',
  'fundedInstitutions',
  'ngoNetworks',
  'cityNgoRelations',
  'migrantGroups',
  'otherFactors',
] as const;
export const LocalContextSchema = z.object({
  ...textFields(LOCAL_CONTEXT_KEYS).shape,
  sensitivities: SensitivitiesSchema,
});
export type LocalContext = z.infer<typeof LocalContextSchema>;

/** The national/regional level and the association of municipalities, filled in with the association. */
export const NATIONAL_CONTEXT_KEYS = [
  'typicality',
  'associationRelations',
  'nationalSupport',
  'sharedGoals',
  'otherFactors',
  'peerLearning',
] as const;
export const NationalContextSchema = z.object({
  ...textFields(NATIONAL_CONTEXT_KEYS).shape,
  sensitivities: SensitivitiesSchema,
});
export type NationalContext = z.infer<typeof NationalContextSchema>;

function contextSection(id: string, group: string, keys: readonly string[]): SectionDeclaration {
  return {
    id,
    title: { field: group },
    blocks: [
      { fields: texts(prefixedKeys(group, keys)) },
      {
        group: `${group}.sensitivities`,
        blocks: [{ fields: texts(prefixedKeys(`${group}.sensitivities`, SENSITIVITY_KEYS)) }],
      },
    ],
  };
}

/**
 * The local context and the national/regional context (filled in with the association), shared by
 * the needs analysis (annex 2) and the mentor strengths (annex 3).
 */
export const CONTEXT_SECTIONS: readonly SectionDeclaration[] = [
  contextSection('section-local', 'localContext', LOCAL_CONTEXT_KEYS),
  contextSection('section-national', 'nationalContext', NATIONAL_CONTEXT_KEYS),
];
