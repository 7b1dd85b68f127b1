import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { ItemBaseSchema, textFields } from './common.js';
import { field, prefixedKeys, type TemplateDeclaration, texts } from './declaration.js';

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

const group = (key: keyof typeof section) => ({
  group: key,
  blocks: [{ fields: texts(prefixedKeys(key, section[key])) }],
});

/** Good practices as declared for the boards, exports and checks (see declaration.ts). */
export const GOOD_PRACTICE_TEMPLATE = {
  kind: 'good-practice',
  schema: GoodPracticeBoardSchema,
  body: [
    {
      id: 'section-practices',
      title: { field: 'practices' },
      blocks: [
        {
          list: {
            key: 'practices',
            display: 'cards',
            titleField: 'name',
            testId: 'practices',
            strings: { item: 'goodPractice.item', add: 'goodPractice.add' },
            blocks: [
              { fields: [field.line('name'), field.line('origin'), field.text('leadActors')] },
              group('context'),
              group('description'),
              { fields: [field.text('resources')] },
              group('results'),
              group('successFactors'),
              group('risks'),
              group('transferability'),
              { fields: [field.text('contact'), field.text('moreInformation')] },
            ],
          },
        },
      ],
    },
  ],
} as const satisfies TemplateDeclaration<'good-practice'>;
