import type { BoardKind } from '../schema/board.js';
import type { JourneyBoard } from './input.js';
import type { Fact, Phase, Step, StepStatus } from './model.js';

/** What a step function computes; journey.ts adds key, phase and the facilitator's choices. */
export interface StepResult {
  readonly status: StepStatus;
  readonly done: Fact[];
  readonly missing: Fact[];
  readonly boards: JourneyBoard[];
  readonly create: BoardKind | null;
}

export const link = ({ id, kind, title }: JourneyBoard) => ({ id, kind, title });

/** The boards of `kind`, oldest first (as the store lists them). */
export function boardsOf(boards: readonly JourneyBoard[], kind: string): JourneyBoard[] {
  return boards.filter((board) => board.kind === kind);
}

/** Not started / in progress / done from how many of `total` things are there. */
export function statusOfCount(count: number, total: number): StepStatus {
  if (count <= 0) return 'not-started';
  return count >= total ? 'done' : 'in-progress';
}

/** A step with no board yet: create one of `kind`. */
export function noBoard(kind: BoardKind): StepResult {
  return { status: 'not-started', done: [], missing: [{ key: 'noBoard', kind }], boards: [], create: kind };
}

/** A finished step as the journey shows it. */
export function toStep(
  base: { key: string; phase: Phase; type: string; manual: boolean },
  result: StepResult,
  extra: Partial<Step> = {},
): Step {
  return { ...base, ...result, boards: result.boards.map(link), ...extra };
}
