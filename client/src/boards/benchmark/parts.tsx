import type { BoardParts } from '../engine/template-context';
import { CoverageView } from './CoverageView';
import { LoadExample } from './LoadExample';

/** What the benchmark has of its own: loading an example benchmark, and the coverage by the plan. */
const parts: BoardParts = { parts: { 'load-example': LoadExample, coverage: CoverageView } };
export default parts;
