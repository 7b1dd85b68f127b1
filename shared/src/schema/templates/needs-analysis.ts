import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { textFields } from './common.js';
import { CONTEXT_SECTIONS, LocalContextSchema, NationalContextSchema } from './context.js';
import { type TemplateDeclaration, texts } from './declaration.js';

/**
 * The mentee city's needs analysis (annex 2): the questions about the challenge, in the guide's
 * order. The two planning questions "who takes part in a) creating and b) approving the plan" are two
 * fields.
 */
export const NEEDS_ANALYSIS_KEYS = [
  'challenge',
  'crossCuttingTopics',
  'evidence',
  'learningFromOthers',
  'desiredImpact',
  'keyPartners',
  'partnerDifficulties',
  'resourcesAndStrengths',
  'obstacles',
  'planCreators',
  'planApprovers',
  'otherBenefits',
] as const;
export type NeedsAnalysisKey = (typeof NEEDS_ANALYSIS_KEYS)[number];

/** The JSON form of a needs-analysis board. */
export const NeedsAnalysisSchema = z.object({
  kind: z.literal('needs-analysis'),
  ...textFields(NEEDS_ANALYSIS_KEYS).shape,
  localContext: LocalContextSchema,
  nationalContext: NationalContextSchema,
  comments: CommentsSchema,
});
export type NeedsAnalysis = z.infer<typeof NeedsAnalysisSchema>;

/** The needs analysis as declared for the boards, exports and checks (see declaration.ts). */
export const NEEDS_ANALYSIS_TEMPLATE = {
  kind: 'needs-analysis',
  compare: true,
  schema: NeedsAnalysisSchema,
  nav: {},
  body: [
    {
      id: 'section-challenge',
      title: { key: 'needsAnalysis.challenge', intro: 'needsAnalysis.challengeHelp' },
      blocks: [{ fields: texts(NEEDS_ANALYSIS_KEYS) }],
    },
    ...CONTEXT_SECTIONS,
  ],
} as const satisfies TemplateDeclaration<'needs-analysis'>;
