import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { ItemBaseSchema, textFields } from './common.js';
import { field, type TemplateDeclaration } from './declaration.js';

/** How the pair rates the city on one key factor. */
export const ASSESSMENTS = ['strength', 'partly', 'gap', 'not-assessed'] as const;
export const AssessmentSchema = z.enum(ASSESSMENTS);
export type Assessment = z.infer<typeof AssessmentSchema>;

export const KEY_FACTOR_EXAMPLE_KEYS = ['title', 'description', 'link'] as const;

/** A good-practice example illustrating a key factor, with a link to read more. */
export const KeyFactorExampleSchema = ItemBaseSchema.extend(textFields(KEY_FACTOR_EXAMPLE_KEYS).shape);
export type KeyFactorExample = z.infer<typeof KeyFactorExampleSchema>;

/** The reference text of a key factor, then `evidence`: the pair's notes for its self-assessment. */
export const KEY_FACTOR_KEYS = [
  'title',
  'rationale',
  'guidingQuestions',
  'practicalTips',
  'evidence',
] as const;

/**
 * A key factor: a condition for success in the "ideal city". `guidingQuestions` and `practicalTips`
 * are free text, one per line. `focus` marks the factors this mentoring works on.
 */
export const KeyFactorSchema = ItemBaseSchema.extend({
  title: z.string(),
  rationale: z.string(),
  guidingQuestions: z.string(),
  practicalTips: z.string(),
  examples: z.array(KeyFactorExampleSchema),
  assessment: AssessmentSchema,
  evidence: z.string(),
  focus: z.boolean(),
});
export type KeyFactor = z.infer<typeof KeyFactorSchema>;

export const CONTEXT_FACTOR_KEYS = ['title', 'description', 'implications'] as const;

/** A condition outside the city's control (national law, budgets set elsewhere, migration trends). */
export const ContextFactorSchema = ItemBaseSchema.extend(textFields(CONTEXT_FACTOR_KEYS).shape);
export type ContextFactor = z.infer<typeof ContextFactorSchema>;

export const BENCHMARK_KEYS = ['theme', 'introduction'] as const;

/** The JSON form of a benchmark board. */
export const BenchmarkSchema = z.object({
  kind: z.literal('benchmark'),
  ...textFields(BENCHMARK_KEYS).shape,
  keyFactors: z.array(KeyFactorSchema),
  contextFactors: z.array(ContextFactorSchema),
  comments: CommentsSchema,
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

/** The benchmark as declared for the boards, exports and checks (see declaration.ts). */
export const BENCHMARK_TEMPLATE = {
  kind: 'benchmark',
  schema: BenchmarkSchema,
  nav: { extra: [{ id: 'section-coverage', key: 'benchmark.coverageTitle' }] },
  body: [
    {
      id: 'section-theme',
      title: { template: true },
      blocks: [{ part: 'load-example' }, { fields: [field.line('theme'), field.text('introduction')] }],
    },
    {
      id: 'section-key-factors',
      title: { field: 'keyFactors' },
      blocks: [
        {
          list: {
            key: 'keyFactors',
            display: 'cards',
            titleField: 'title',
            testId: 'key-factors',
            strings: { item: 'benchmark.keyFactor', add: 'benchmark.addKeyFactor' },
            blocks: [
              {
                fields: [
                  field.line('title'),
                  field.text('rationale'),
                  field.text('guidingQuestions', { rows: 4 }),
                  field.text('practicalTips', { rows: 4 }),
                ],
              },
              {
                list: {
                  key: 'examples',
                  display: 'cards',
                  titleField: 'title',
                  strings: { item: 'benchmark.example', add: 'benchmark.addExample' },
                  blocks: [
                    {
                      fields: [
                        field.line('title'),
                        field.text('description', { rows: 2 }),
                        field.url('link'),
                      ],
                    },
                  ],
                },
              },
              {
                box: 'assessment',
                fields: [
                  { key: 'assessment', widget: 'select', options: 'assessment', fallback: 'not-assessed' },
                  field.text('evidence', { rows: 2 }),
                  { key: 'focus', widget: 'checkbox', fallback: false },
                ],
              },
            ],
          },
        },
      ],
    },
    {
      id: 'section-context-factors',
      title: { field: 'contextFactors' },
      blocks: [
        {
          list: {
            key: 'contextFactors',
            display: 'cards',
            titleField: 'title',
            testId: 'context-factors',
            strings: { item: 'benchmark.contextFactor', add: 'benchmark.addContextFactor' },
            blocks: [
              { fields: [field.line('title'), field.text('description'), field.text('implications')] },
            ],
          },
        },
      ],
    },
  ],
  after: ['coverage'],
} as const satisfies TemplateDeclaration<'benchmark'>;
