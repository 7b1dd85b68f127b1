import { agendaItems, visits } from '@mentoring/shared/doc/visit-agenda';
import { EMPTY_SETTINGS, type JourneySettings, journeyDocId } from '@mentoring/shared/journey/settings';
import type { Board } from '@mentoring/shared/schema/board';
import type { ImportRequest } from '@mentoring/shared/schema/exports';
import { BoardIdSchema, DocIdSchema } from '@mentoring/shared/schema/ids';
import type { Programme, ProgrammeDraft } from '@mentoring/shared/schema/programme';
import * as Y from 'yjs';
import { newId } from '../auth/ids.js';
import type { TokenSigner } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import { settingsState } from '../journey/journey-settings.js';
import type { ImportLimits } from '../limits/import-limits.js';
import { scanUpdateCost } from '../limits/update-cost.js';
import { type CreatedProgramme, createProgramme } from '../programmes/create-programme.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import type { DocStore, VersionMeta } from '../store/doc-store.js';

/** What an import writes to. */
export interface ImportDeps {
  readonly programmes: ProgrammeStore;
  readonly docs: DocStore;
  readonly signer: TokenSigner;
}

export interface PreparedBoard {
  /** The board's new record, but for the programme id, known once the programme exists. */
  readonly board: Omit<Board, 'programmeId'>;
  readonly state: Uint8Array;
  readonly versions: readonly { meta: VersionMeta; state: Uint8Array }[];
}

/** Applies a stored state to a fresh document, runs `change` on it, and encodes the result. */
function decode(state: Uint8Array, what: string, change?: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  try {
    try {
      Y.applyUpdate(doc, state);
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

/** An import decoded, checked and re-keyed: what is left is writing it (see {@link writeImport}). */
export interface PreparedImport {
  readonly draft: ProgrammeDraft;
  readonly facilitatorName: string | undefined;
  readonly boards: readonly PreparedBoard[];
  /** The journey choices to carry over (step keys do not name board ids, so they need no re-keying). */
  readonly journey: JourneySettings;
}

/**
 * Decodes, bounds and re-keys every board of a backup without writing anything: new board and
 * document ids, agenda links moved to the new board ids. Pure CPU work, so it can run on a worker
 * thread (see import-worker.ts). Refuses with 413 past `limits.maxBoards` boards or
 * `limits.maxBoardBytes` decoded bytes in one board, and with 422 when one state holds more than
 * `limits.maxDocCost` structs plus delete ranges (counted before Yjs parses it).
 */
export function prepareImport(input: ImportRequest, limits: PrepareLimits): PreparedImport {
  if (input.boards.length > limits.maxBoards) {
    throw new AppError('tooLarge', `an import may hold at most ${limits.maxBoards} boards`);
  }
  const { title, theme, menteeCity, mentorCity, language } = input.programme;
  const draft: ProgrammeDraft = { title, theme, menteeCity, mentorCity, language };
  const newIds = new Map(input.boards.map((board) => [board.id as string, BoardIdSchema.parse(newId())]));
  const boards = input.boards.map((board, index) => {
    const what = `board ${index + 1} (${board.title})`;
    const relink = board.kind === 'visit-agenda' ? (doc: Y.Doc) => relinkBoards(doc, newIds) : undefined;
    const states = [
      board.yjsUpdate,
      ...('versions' in board ? (board.versions ?? []) : []).map(({ state }) => state),
    ].map((base64) => Buffer.from(base64, 'base64'));
    const bytes = states.reduce((sum, state) => sum + state.length, 0);
    if (bytes > limits.maxBoardBytes) {
      throw new AppError('tooLarge', `${what} holds more than ${limits.maxBoardBytes} bytes`);
    }
    for (const bytes of states) checkCost(bytes, limits.maxDocCost, what);
    const [state = new Uint8Array(), ...versionStates] = states;
    const versions = ('versions' in board ? (board.versions ?? []) : []).map(({ meta }, at) => ({
      meta,
      state: decode(versionStates[at] ?? new Uint8Array(), `a version of ${what}`),
    }));
    const { kind, title, createdAt } = board;
    const id = newIds.get(board.id) ?? BoardIdSchema.parse(newId());
    const record = { id, kind, title, createdAt, docId: DocIdSchema.parse(newId()) };
    return { board: record, state: decode(state, what, relink), versions };
  });
  const facilitator = input.members.find((member) => member.role === 'facilitator');
  const journey = 'journey' in input && input.journey ? input.journey : EMPTY_SETTINGS;
  return { draft, facilitatorName: facilitator?.displayName, boards, journey };
}

/** The bounds {@link prepareImport} applies. */
export type PrepareLimits = Pick<ImportLimits, 'maxBoards' | 'maxBoardBytes' | 'maxDocCost'>;

function checkCost(state: Uint8Array, maxDocCost: number, what: string): void {
  const cost = scanUpdateCost(state, maxDocCost);
  if (cost?.over) {
    throw new AppError(
      'tooCostly',
      `${what} holds more than ${maxDocCost} Yjs structs and delete ranges (MAX_DOC_COST)`,
    );
  }
}

/**
 * Writes a prepared import as a NEW programme: the programme, each board's Yjs state (and named
 * versions) under its new document id, and a new facilitator (the importer) whose token is
 * returned. Members are not recreated: their tokens belong to the old programme. If writing fails
 * half-way, what was written is erased again.
 *
 * Order, for a process killed mid-import: documents first (alone they are unreachable), then the
 * programme and its boards, and only then the importer's invite and membership, which make it
 * reachable. A kill leaves unreachable leftovers, never a reachable programme missing boards.
 */
export async function writeImport(
  deps: ImportDeps,
  prepared: PreparedImport,
  now: string,
): Promise<CreatedProgramme> {
  const written: string[] = [];
  // Set from inside createProgramme's fill, so that a failure after it erases the programme too.
  const made: { programme?: Programme } = {};
  try {
    for (const { board, state, versions } of prepared.boards) {
      written.push(board.docId);
      // Handed over (a store thread takes it without a copy): each state was encoded afresh by
      // `decode`, so no other state shares its buffer, and it is not read again here.
      await deps.docs.append(board.docId, [state], { handOver: true });
      for (const version of versions) await deps.docs.saveVersion(board.docId, version.meta, version.state);
    }
    return await createProgramme(deps, prepared.draft, prepared.facilitatorName, now, async (programme) => {
      made.programme = programme;
      // Before the boards: like them, unreachable until the importer's membership is written.
      const { skipped, completed, added } = prepared.journey;
      if (skipped.length + completed.length + added.length > 0) {
        const journeyDoc = journeyDocId(programme.id);
        written.push(journeyDoc);
        await deps.docs.append(journeyDoc, [settingsState(prepared.journey)]);
      }
      for (const { board } of prepared.boards) {
        if (!(await deps.programmes.addBoard({ ...board, programmeId: programme.id }))) {
          throw new AppError('conflict', 'the new programme disappeared during the import');
        }
      }
    });
  } catch (error) {
    for (const docId of written) await deps.docs.delete(docId).catch(() => undefined);
    if (made.programme) await deps.programmes.deleteProgramme(made.programme.id).catch(() => undefined);
    throw error;
  }
}
