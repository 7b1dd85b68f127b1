import type * as Y from 'yjs';
import { FORMAT_VERSION } from './version.js';

/** The kinds of stored JSON records a step may change. */
export type RecordKind = 'programme' | 'board' | 'member' | 'invite' | 'joinCode';

/** A record as stored JSON, before zod checks it against today's schema. */
export type RawRecord = Record<string, unknown>;

/**
 * One step of the migration chain: what turns data of format `to - 1` into format `to`. Every part
 * is optional: a step changes only what its format changed.
 *
 * - `records`: pure functions of one stored record (programme, board, member, invite), run as the
 *   record loads (lazily: a record is rewritten in the new format only when next written) and on
 *   each record inside an imported backup. They must accept records that already have the new shape
 *   (an additive field with a default, say), as a record may be read by several nodes.
 * - `doc`: changes a board's Y.Doc in place. Run by the server on a copy of the loaded document in
 *   one transaction; the resulting update is stored before the room opens (see doc-format.ts). Two
 *   nodes may migrate the same document at once and both updates are kept, so a step must be
 *   merge-safe: set map keys to values computed from the document (same result on both nodes), never
 *   insert into a Y.Array or Y.Text on its own (two nodes would insert twice).
 * - `backup`: changes the backup JSON as a whole (its own fields), after its records were migrated.
 */
export interface FormatStep {
  /** The format this step produces, from data of format `to - 1`. */
  readonly to: number;
  /** What changed and why, for the log and the README's table of formats. */
  readonly why: string;
  readonly records?: Partial<Record<RecordKind, (record: RawRecord) => RawRecord>>;
  readonly doc?: (doc: Y.Doc) => void;
  readonly backup?: (backup: RawRecord) => RawRecord;
}

/** The whole chain, oldest step first, and the format it reaches. */
export interface FormatChain {
  readonly steps: readonly FormatStep[];
  /** The format this server writes: the `to` of the last step (1 with no step). */
  readonly current: number;
}

/**
 * The steps from format 1 (the data written before versioning) to {@link FORMAT_VERSION}. Format 1
 * needs none. The next change of stored data adds its step here, e.g. for roles per city:
 *
 * ```ts
 * {
 *   to: 2,
 *   why: 'members and invites name the city they belong to (roles per city)',
 *   records: {
 *     member: (m) => ({ ...m, city: m.city ?? null }),
 *     invite: (i) => ({ ...i, city: i.city ?? null }),
 *   },
 * },
 * ```
 */
export const FORMAT_STEPS: readonly FormatStep[] = [];

/** The server's chain. Tests build others with {@link formatChain}. */
export const FORMAT_CHAIN: FormatChain = formatChain(FORMAT_STEPS);

/** Checks that `steps` go 2, 3, 4… without a gap and returns the chain they make. */
export function formatChain(steps: readonly FormatStep[]): FormatChain {
  steps.forEach((step, at) => {
    if (step.to !== at + 2) throw new Error(`format step ${at + 1} produces ${step.to}, expected ${at + 2}`);
  });
  return { steps, current: steps.length + 1 };
}

/** The steps that take data of format `from` to the chain's current format, in order. */
export function stepsFrom(chain: FormatChain, from: number): readonly FormatStep[] {
  return chain.steps.filter((step) => step.to > from);
}

/** Migrates one raw record of `kind` from format `from` to the chain's current format. */
export function migrateRecord(
  kind: RecordKind,
  record: RawRecord,
  from: number,
  chain: FormatChain = FORMAT_CHAIN,
): RawRecord {
  return stepsFrom(chain, from).reduce((raw, step) => step.records?.[kind]?.(raw) ?? raw, record);
}

// The constant the rest of the server reads must be the chain's end: checked at import (and tested).
if (FORMAT_CHAIN.current !== FORMAT_VERSION) {
  throw new Error(
    `FORMAT_VERSION is ${FORMAT_VERSION} but the chain of steps ends at ${FORMAT_CHAIN.current}`,
  );
}
