import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { ItemBaseSchema, textFields } from './common.js';

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
