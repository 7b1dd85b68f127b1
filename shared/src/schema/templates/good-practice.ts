import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { ItemBaseSchema, textFields } from './common.js';

/** Questions of annex 4 that stand alone: name, origin, who leads, resources, contact, links. */
export const GOOD_PRACTICE_KEYS = [
  'name',
  'origin',
  'leadActors',
  'resources',
  'contact',
  'moreInformation',
] as const;

/** Questions of annex 4 grouped under a heading, by section. */
export const GOOD_PRACTICE_SECTIONS = {
  context: ['challenge', 'targetGroup', 'aims'],
  description: ['started', 'preconditions', 'activities', 'whoDidTheWork'],
  results: ['beneficiaries', 'change', 'evaluation'],
  successFactors: ['prerequisites', 'whatWorkedBest'],
  risks: ['challengesOvercome', 'risks'],
  transferability: ['conditions', 'dosAndDonts'],
} as const;

const section = GOOD_PRACTICE_SECTIONS;

/**
 * One good practice: an initiative that worked in one place and could be transferred elsewhere.
 * Fields in the order of annex 4 (the layout test checks they match the key tuples above).
 */
export const GoodPracticeSchema = ItemBaseSchema.extend({
  name: z.string(),
  origin: z.string(),
  leadActors: z.string(),
  context: textFields(section.context),
  description: textFields(section.description),
  resources: z.string(),
  results: textFields(section.results),
  successFactors: textFields(section.successFactors),
  risks: textFields(section.risks),
  transferability: textFields(section.transferability),
  contact: z.string(),
  moreInformation: z.string(),
});
export type GoodPractice = z.infer<typeof GoodPracticeSchema>;

/** The JSON form of a good-practice board: several practices, usually the mentor city's. */
export const GoodPracticeBoardSchema = z.object({
  kind: z.literal('good-practice'),
  practices: z.array(GoodPracticeSchema),
  comments: CommentsSchema,
});
export type GoodPracticeBoard = z.infer<typeof GoodPracticeBoardSchema>;
