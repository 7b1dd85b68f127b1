import { readTemplate } from '@mentoring/shared/doc/registry';
import type { Board } from '@mentoring/shared/schema/board';
import { BenchmarkSchema } from '@mentoring/shared/schema/templates/benchmark';
import * as Y from 'yjs';
import { docContent } from '../programmes/doc-json.js';
import type { Rooms } from '../sync/rooms.js';
import type { References } from './outline-values.js';

/** A board's content at one moment: its JSON form and its full Yjs state. */
export interface BoardSnapshot {
  readonly board: Board;
  /** The template's JSON form (validated by its schema); for a canvas, each shared type as JSON. */
  readonly content: Record<string, unknown>;
  /** `Y.encodeStateAsUpdate` of the document. */
  readonly state: Uint8Array;
}

/**
 * Reads a board through its room, so the export shows exactly the durable state every client syncs
 * to (the room holds only stored updates), whether or not someone has the board open.
 */
export async function readBoard(rooms: Rooms, board: Board): Promise<BoardSnapshot> {
  const { content, state } = await rooms.read(board.docId, (doc) => ({
    content: board.kind === 'canvas' ? null : (readTemplate(board.kind, doc) as Record<string, unknown>),
    state: Y.encodeStateAsUpdate(doc),
  }));
  return { board, content: content ?? docContent([state]).content, state };
}

/**
 * What boards' fields point at, from snapshots of the programme's boards: board titles (agenda items
 * link boards) and the titles of the benchmarks' key factors (action rows link them).
 */
export function referencesOf(boards: readonly Board[], snapshots: readonly BoardSnapshot[]): References {
  const keyFactorTitles = new Map<string, string>();
  for (const { board, content } of snapshots) {
    if (board.kind !== 'benchmark') continue;
    const benchmark = BenchmarkSchema.safeParse(content);
    for (const factor of benchmark.success ? benchmark.data.keyFactors : []) {
      keyFactorTitles.set(factor.id, factor.title);
    }
  }
  return { boardTitles: new Map(boards.map((board) => [board.id, board.title])), keyFactorTitles };
}

/** Which other boards a board's export needs to name what it links: the benchmarks, for an action plan. */
export function referencedBoards(board: Board, boards: readonly Board[]): Board[] {
  return board.kind === 'action-plan' ? boards.filter((other) => other.kind === 'benchmark') : [];
}
