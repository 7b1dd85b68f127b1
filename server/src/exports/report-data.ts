import { readTemplate } from '@mentoring/shared/doc/registry';
import type { Board } from '@mentoring/shared/schema/board';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import type { Approval, VersionMeta } from '@mentoring/shared/schema/version';
import * as Y from 'yjs';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';
import { readBoard, referencesOf } from './board-snapshot.js';
import type { References } from './outline-values.js';
import { isReportKind, type ReportBoard } from './report-outline.js';

/** The newest version of a board that carries an approval (issue 14: a plan's approval is on a version). */
async function approvedVersion(docs: DocStore, board: Board): Promise<ReportBoard['approved'] | undefined> {
  const versions = await docs.listVersions(board.docId);
  const meta = versions
    .filter((version): version is VersionMeta & { approval: Approval } => version.approval !== undefined)
    .at(-1);
  if (!meta) return undefined;
  const state = await docs.loadVersion(board.docId, meta.id);
  if (!state) return undefined;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return { meta, content: readTemplate(board.kind as TemplateKind, doc) as Record<string, unknown> };
  } finally {
    doc.destroy();
  }
}

/**
 * Reads what the report shows: every board of the journey's kinds (through its room, so as every
 * client sees it), the approved version of each action plan, and the titles boards refer to.
 */
export async function reportBoards(
  deps: { rooms: Rooms; docs: DocStore },
  boards: readonly Board[],
): Promise<{ boards: ReportBoard[]; references: References }> {
  const read: ReportBoard[] = [];
  const snapshots = [];
  for (const board of boards.filter((candidate) => isReportKind(candidate.kind))) {
    const snapshot = await readBoard(deps.rooms, board);
    snapshots.push(snapshot);
    const approved = board.kind === 'action-plan' ? await approvedVersion(deps.docs, board) : undefined;
    read.push({ board, content: snapshot.content, ...(approved ? { approved } : {}) });
  }
  return { boards: read, references: referencesOf(boards, snapshots) };
}
