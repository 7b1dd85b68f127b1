import { agendaItems, visits } from '@mentoring/shared/doc/visit-agenda';
import type { Board } from '@mentoring/shared/schema/board';
import type { ImportRequest } from '@mentoring/shared/schema/exports';
import { BoardIdSchema, DocIdSchema } from '@mentoring/shared/schema/ids';
import type { ProgrammeDraft } from '@mentoring/shared/schema/programme';
import * as Y from 'yjs';
import { newId } from '../auth/ids.js';
import type { TokenSigner } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import { type CreatedProgramme, createProgramme } from '../programmes/create-programme.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore, VersionMeta } from '../store/doc-store.js';

/** What an import writes to. */
export interface ImportDeps {
  readonly programmes: ProgrammeStore;
  readonly docs: DocStore;
  readonly signer: TokenSigner;
}

interface PreparedBoard {
  /** The board's new record, but for the programme id, known once the programme exists. */
  readonly board: Omit<Board, 'programmeId'>;
  readonly state: Uint8Array;
  readonly versions: readonly { meta: VersionMeta; state: Uint8Array }[];
}

/** Applies a stored state to a fresh document, runs `change` on it, and encodes the result. */
function decode(base64: string, what: string, change?: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  try {
    try {
      Y.applyUpdate(doc, Buffer.from(base64, 'base64'));
    } catch {
      throw new AppError('badRequest', `the Yjs state of ${what} cannot be read`);
    }
    change?.(doc);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

// Agenda items link the board worked on by board id; the imported boards have new ids.
function relinkBoards(doc: Y.Doc, newIds: ReadonlyMap<string, string>): void {
  const all = <T extends { id: string }>(ids: string[], trash: { item: T }[]) => [
    ...ids,
    ...trash.map(({ item }) => item.id),
  ];
  for (const visitId of all(visits.ids(doc), visits.trash(doc))) {
    const visit = visits.item(doc, visitId);
    if (!visit) continue;
    for (const itemId of all(agendaItems.ids(visit), agendaItems.trash(visit))) {
      const linked = agendaItems.read(visit, itemId)?.boardId;
      const relinked = linked ? newIds.get(linked) : undefined;
      if (relinked) agendaItems.set(visit, itemId, 'boardId', relinked);
    }
  }
}

/**
 * Recreates a backed-up programme as a NEW programme: new programme, board and document ids, each
 * board's Yjs state (and named versions) stored under its new document id, and a new facilitator
 * (the importer) whose token is returned. Members are not recreated: their tokens belong to the
 * old programme. Every state is decoded before anything is written; if writing fails half-way,
 * what was written is erased again.
 */
export async function importProgramme(
  deps: ImportDeps,
  input: ImportRequest,
  now: string,
): Promise<CreatedProgramme> {
  const { title, theme, menteeCity, mentorCity, language } = input.programme;
  const draft: ProgrammeDraft = { title, theme, menteeCity, mentorCity, language };
  const newIds = new Map(input.boards.map((board) => [board.id as string, BoardIdSchema.parse(newId())]));
  const prepared: PreparedBoard[] = input.boards.map((board, index) => {
    const what = `board ${index + 1} (${board.title})`;
    const relink = board.kind === 'visit-agenda' ? (doc: Y.Doc) => relinkBoards(doc, newIds) : undefined;
    const versions = ('versions' in board ? (board.versions ?? []) : []).map(({ meta, state }) => ({
      meta,
      state: decode(state, `a version of ${what}`),
    }));
    const { kind, title, createdAt } = board;
    const id = newIds.get(board.id) ?? BoardIdSchema.parse(newId());
    const record = { id, kind, title, createdAt, docId: DocIdSchema.parse(newId()) };
    return { board: record, state: decode(board.yjsUpdate, what, relink), versions };
  });
  const facilitator = input.members.find((member) => member.role === 'facilitator');
  const created = await createProgramme(deps, draft, facilitator?.displayName, now);
  const written: string[] = [];
  try {
    for (const { board, state, versions } of prepared) {
      written.push(board.docId);
      await deps.docs.append(board.docId, [state]);
      for (const version of versions) await deps.docs.saveVersion(board.docId, version.meta, version.state);
      if (!(await deps.programmes.addBoard({ ...board, programmeId: created.programme.id }))) {
        throw new AppError('conflict', 'the new programme disappeared during the import');
      }
    }
  } catch (error) {
    for (const docId of written) await deps.docs.delete(docId).catch(() => undefined);
    await deps.programmes.deleteProgramme(created.programme.id).catch(() => undefined);
    throw error;
  }
  return created;
}
