import { createHash } from 'node:crypto';
import { TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import type { Board } from '@mentoring/shared/schema/board';
import { BoardIdSchema, DocIdSchema, type ProgrammeId } from '@mentoring/shared/schema/ids';
import type { Programme } from '@mentoring/shared/schema/programme';
import type { PersonRef } from '@mentoring/shared/schema/templates/common';
import type { Approval, RecordApprovalRequest, VersionMeta } from '@mentoring/shared/schema/version';
import type { Session } from '../auth/access.js';
import { AppError } from '../errors.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';
import { actionsOfPlanState, addMonitoringRows } from './monitoring-rows.js';

/**
 * The ids of a programme's monitoring board, derived from the programme's id: recording an approval
 * makes the board if absent, and two nodes doing so at once make the same one (Redis keeps one
 * record per board id; SQLite refuses the second insert). Guessing them gives nothing: a board's
 * document opens only with a token of its programme.
 */
export function monitoringIds(programmeId: ProgrammeId): Pick<Board, 'id' | 'docId'> {
  const derive = (purpose: string) =>
    createHash('sha256').update(`${purpose}:${programmeId}`).digest('base64url').slice(0, 32);
  return {
    id: BoardIdSchema.parse(derive('monitoring-board')),
    docId: DocIdSchema.parse(derive('monitoring-doc')),
  };
}

export interface ApprovalDeps {
  programmes: ProgrammeStore;
  docs: DocStore;
  rooms: Rooms;
}

/** What recording an approval did: the version as now stored, and where its actions are followed. */
export interface Recorded {
  version: VersionMeta;
  monitoringBoardId: string;
  /** Cards added to the monitoring for actions not followed before. */
  added: number;
}

/**
 * The formal approval of an action plan (issue 14): recorded on one named version of an
 * `action-plan` board (its metadata, in the DocStore), so it stays with exactly that content
 * whatever is edited or restored later. Recording it also starts the implementation monitoring:
 * every action of the approved version gets a card on the programme's `monitoring` board (made if
 * the programme has none), so the follow-up starts from what was approved.
 */
export function createApprovals(deps: ApprovalDeps) {
  // One monitoring board per programme: two approvals recorded at once on this node wait for each
  // other here; across nodes the board's id is derived from the programme (monitoringIds), so two
  // nodes that both make it write the same record and fill the same document.
  const chains = new Map<ProgrammeId, Promise<unknown>>();
  const serial = <T>(programmeId: ProgrammeId, work: () => Promise<T>): Promise<T> => {
    const next = (chains.get(programmeId) ?? Promise.resolve()).then(work, work);
    const settled = next.catch(() => undefined);
    chains.set(programmeId, settled);
    void settled.then(() => chains.get(programmeId) === settled && chains.delete(programmeId));
    return next;
  };

  const planBoard = async (programmeId: ProgrammeId, boardId: string): Promise<Board> => {
    const board = (await deps.programmes.listBoards(programmeId)).find((b) => b.id === boardId);
    if (!board) throw new AppError('notFound', 'board not found');
    if (board.kind !== 'action-plan') throw new AppError('badRequest', 'only an action plan is approved');
    return board;
  };

  const monitoringBoard = async (programme: Programme): Promise<Board> => {
    const boards = await deps.programmes.listBoards(programme.id);
    const existing = boards.find((b) => b.kind === 'monitoring');
    if (existing) return existing;
    const board: Board = {
      ...monitoringIds(programme.id),
      programmeId: programme.id,
      kind: 'monitoring',
      title: TEMPLATE_TEXTS[programme.language].titles.monitoring.label,
      createdAt: new Date().toISOString(),
    };
    let failure: unknown = null;
    // SQLite refuses a second row with the same id: then the board is there, made by a racing call.
    const added = await deps.programmes.addBoard(board).catch((error: unknown) => {
      failure = error;
      return true;
    });
    if (!added) throw new AppError('notFound', 'programme not found');
    const stored = (await deps.programmes.listBoards(programme.id)).find((b) => b.id === board.id);
    if (stored) return stored;
    throw failure ?? new AppError('notFound', 'programme not found');
  };

  return {
    /** Records `request` as the approval of a version of the action plan `boardId`. */
    record(session: Session, boardId: string, versionId: string, request: RecordApprovalRequest) {
      const programme = session.programme;
      return serial(programme.id, async (): Promise<Recorded> => {
        const board = await planBoard(programme.id, boardId);
        const by: PersonRef = { memberId: session.member.id, name: session.member.displayName };
        const approval: Approval = { ...request, recordedAt: new Date().toISOString(), recordedBy: by };
        const state = await deps.docs.loadVersion(board.docId, versionId);
        const version = state ? await deps.docs.setVersionApproval(board.docId, versionId, approval) : null;
        if (!state || !version) throw new AppError('notFound', 'version not found');
        const monitoring = await monitoringBoard(programme);
        const actions = actionsOfPlanState(state);
        const added = await deps.rooms.change(monitoring.docId, (doc) => addMonitoringRows(doc, actions, by));
        return { version, monitoringBoardId: monitoring.id, added };
      });
    },

    /** Withdraws the approval of a version (the monitoring keeps its cards and notes). */
    async withdraw(session: Session, boardId: string, versionId: string): Promise<VersionMeta> {
      const board = await planBoard(session.programme.id, boardId);
      const version = await deps.docs.setVersionApproval(board.docId, versionId, null);
      if (!version) throw new AppError('notFound', 'version not found');
      return version;
    },
  };
}

export type Approvals = ReturnType<typeof createApprovals>;
