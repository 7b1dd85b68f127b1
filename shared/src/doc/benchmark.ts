import type * as Y from 'yjs';
import { z } from 'zod';
import {
  AssessmentSchema,
  BENCHMARK_KEYS,
  type Benchmark,
  BenchmarkSchema,
  CONTEXT_FACTOR_KEYS,
  ContextFactorSchema,
  KEY_FACTOR_EXAMPLE_KEYS,
  KEY_FACTOR_KEYS,
  KeyFactorExampleSchema,
  KeyFactorSchema,
} from '../schema/templates/benchmark.js';
import { boardHandle } from './board.js';
import { type BoardSpec, type FieldValues, type RecordSpec, scalar } from './layout.js';
import { listHandle } from './list.js';

/**
 * The benchmark as a Y.Doc:
 *
 *   board (Y.Map)                  kind, layoutVersion
 *   text:theme, text:introduction  (Y.Text)
 *   list:keyFactors (Y.Array<Y.Map>), per key factor (see items.ts for id, proposedBy, order, deleted):
 *       title, rationale, guidingQuestions, practicalTips, evidence   Y.Text
 *       assessment ('strength' | 'partly' | 'gap' | 'not-assessed'), focus (boolean)   plain
 *       examples (Y.Array<Y.Map>): title, description, link            Y.Text
 *   list:contextFactors (Y.Array<Y.Map>): title, description, implications   Y.Text
 *   comments (Y.Array<Y.Map>)      see comments.ts
 */
export const KEY_FACTOR_EXAMPLE_SPEC = {
  texts: KEY_FACTOR_EXAMPLE_KEYS,
  scalars: {},
  sets: [],
  lists: {},
} as const satisfies RecordSpec;

export const KEY_FACTOR_SPEC = {
  texts: KEY_FACTOR_KEYS,
  scalars: { assessment: scalar(AssessmentSchema, 'not-assessed'), focus: scalar(z.boolean(), false) },
  sets: [],
  lists: { examples: KEY_FACTOR_EXAMPLE_SPEC },
} as const satisfies RecordSpec;

export const CONTEXT_FACTOR_SPEC = {
  texts: CONTEXT_FACTOR_KEYS,
  scalars: {},
  sets: [],
  lists: {},
} as const satisfies RecordSpec;

export const BENCHMARK_SPEC = {
  kind: 'benchmark',
  texts: BENCHMARK_KEYS,
  scalars: {},
  sets: [],
  lists: { keyFactors: KEY_FACTOR_SPEC, contextFactors: CONTEXT_FACTOR_SPEC },
} as const satisfies BoardSpec;

export const benchmark = boardHandle(BENCHMARK_SPEC, BenchmarkSchema);

/** Key factors: `keyFactors.set(doc, id, 'assessment', 'gap')`, `keyFactors.set(doc, id, 'focus', true)`. */
export const keyFactors = listHandle('keyFactors', BENCHMARK_SPEC.lists.keyFactors, KeyFactorSchema);

/** Examples of one key factor; the owner is the key factor: `keyFactors.item(doc, factorId)`. */
export const keyFactorExamples = listHandle('examples', KEY_FACTOR_EXAMPLE_SPEC, KeyFactorExampleSchema);

export const contextFactors = listHandle('contextFactors', CONTEXT_FACTOR_SPEC, ContextFactorSchema);

export type BenchmarkInit = FieldValues<typeof BENCHMARK_SPEC>;

/** Initialises a benchmark board once (see board.ts). */
export function createBenchmark(doc: Y.Doc, init?: BenchmarkInit): boolean {
  return benchmark.create(doc, init);
}

/** The benchmark as JSON, validated. */
export function readBenchmark(doc: Y.Doc): Benchmark {
  return benchmark.read(doc);
}
