import type { CONTEXT_FACTOR_SPEC, KEY_FACTOR_SPEC } from '../benchmark.js';
import type { ItemValues } from '../layout.js';

/** The content of an example benchmark in one language, ready to insert into a benchmark doc. */
export interface ExampleBenchmark {
  readonly theme: string;
  readonly introduction: string;
  readonly keyFactors: readonly ItemValues<typeof KEY_FACTOR_SPEC>[];
  readonly contextFactors: readonly ItemValues<typeof CONTEXT_FACTOR_SPEC>[];
}
