/** What one `POST /api/import` may create and how often (see the README, "Import and document limits"). */
export interface ImportLimits {
  /** Boards in one import. */
  readonly maxBoards: number;
  /** Decoded bytes of one board: its Yjs state plus its named versions' states. */
  readonly maxBoardBytes: number;
  /** Structs plus delete ranges of any one stored state (the document bound, as for live edits). */
  readonly maxDocCost: number;
  /** Imports per client address per hour. */
  readonly perHour: number;
  /** Imports being received or prepared at once on this node; more are refused with 503. */
  readonly inProgress: number;
}
