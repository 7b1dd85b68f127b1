import { templateDocs } from '@mentoring/shared/doc/registry';
import type { ApprovedVersion, JourneyBoard, JourneyInput } from '@mentoring/shared/journey/input';
import type { Board } from '@mentoring/shared/schema/board';
import type { ProgrammeId } from '@mentoring/shared/schema/ids';
import type { FastifyBaseLogger } from 'fastify';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore } from '../store/doc-store.js';
import type { Rooms } from '../sync/rooms.js';
import type { JourneySettingsStore } from './journey-settings.js';

export interface JourneyInputDeps {
  programmes: ProgrammeStore;
  docs: DocStore;
  rooms: Rooms;
  settings: JourneySettingsStore;
  log: FastifyBaseLogger;
}

const hasTemplate = (kind: string): kind is keyof typeof templateDocs => Object.hasOwn(templateDocs, kind);

/** A board's content as JSON, or null (the canvas, or a board that does not read: logged, skipped). */
async function contentOf(deps: JourneyInputDeps, board: Board): Promise<JourneyBoard | null> {
  const { kind } = board;
  if (!hasTemplate(kind)) return null;
  try {
    const content = await deps.rooms.read(board.docId, (doc) => templateDocs[kind].read(doc));
    return { id: board.id, kind, title: board.title, content };
  } catch (error) {
    // One unreadable board must not hide the whole journey: its step shows as not started.
    deps.log.warn({ err: error, boardId: board.id }, 'journey: a board could not be read');
    return null;
  }
}

/** The versions of the programme's action plans that carry the formal approval (contract, part 2). */
async function approvalsOf(deps: JourneyInputDeps, boards: readonly Board[]): Promise<ApprovedVersion[]> {
  const plans = boards.filter((board) => board.kind === 'action-plan');
  const lists = await Promise.all(plans.map((plan) => deps.docs.listVersions(plan.docId)));
  return plans.flatMap((plan, index) =>
    (lists[index] ?? []).flatMap((version) =>
      version.approval ? [{ boardId: plan.id, versionName: version.name, approval: version.approval }] : [],
    ),
  );
}

/** Everything `computeJourney` needs for one programme, read from the stores and the rooms. */
export async function loadJourneyInput(
  deps: JourneyInputDeps,
  programmeId: ProgrammeId,
): Promise<JourneyInput> {
  const boards = await deps.programmes.listBoards(programmeId);
  const [contents, approvals, settings] = await Promise.all([
    Promise.all(boards.map((board) => contentOf(deps, board))),
    approvalsOf(deps, boards),
    deps.settings.get(programmeId),
  ]);
  return { boards: contents.filter((board) => board !== null), approvals, settings };
}
