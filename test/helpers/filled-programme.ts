import { addComment } from '@mentoring/shared/doc/comments';
import { readTemplate } from '@mentoring/shared/doc/registry';
import { BoardResponseSchema, CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import type { Board, BoardKind } from '@mentoring/shared/schema/board';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { afterAll, beforeAll } from 'vitest';
import { call, expectOk, TEST_SECRET } from './access.js';
import { type Download, download } from './exports.js';
import { type FilledBoard, fillBoard, labelsOf, NON_ASCII } from './fill-board.js';
import { type ServerProcess, startServer } from './server-process.js';
import { connectClient, destroyAllClients } from './yjs-client.js';

/** The programme of the export tests: every text with letters beyond ASCII. */
export const PROGRAMME = {
  title: `Programa Rīga–Málaga: ñ/ç "Ελληνικά"?`,
  menteeCity: 'Rīga ā ē ī ū š ž',
  mentorCity: 'Málaga ñ',
  language: 'es',
  facilitatorName: 'Núria Çelik',
} as const;

export const TITLES: Record<BoardKind, string> = {
  'needs-analysis': 'Análisis de necesidades ñ',
  'mentor-strengths': 'Fortalezas Ελληνικά',
  'good-practice': 'Buenas prácticas ç',
  'support-network': 'Red de apoyo š ž',
  benchmark: 'Referencia ā ē',
  'action-plan': 'Plan de acción: visita 1/2 <final>',
  'visit-agenda': 'Agenda de visitas ī ū',
  monitoring: 'Seguimiento ā ñ',
  scope: 'Alcance y compromiso ā ñ',
  feedback: 'Información a otros niveles ç š',
  canvas: 'Lienzo ñ',
};

export interface Filled {
  board: Board;
  expected: FilledBoard;
  json: unknown;
}

/** What {@link useFilledProgramme} gives a test file, once its `beforeAll` ran. */
export interface FilledProgramme {
  readonly server: ServerProcess;
  readonly programmeId: string;
  readonly token: string;
  /** Every board kind, created and filled, by kind. */
  readonly boards: Map<BoardKind, Filled>;
  /** Downloads a board's export in `format` (as the facilitator unless `as` is another token). */
  get(kind: BoardKind, format: string, as?: string): Promise<Download>;
  /** Every text a board's export must hold: programme and board titles, labels, filled values. */
  expectedOf(kind: TemplateKind): string[];
}

/**
 * A server with one programme holding a board of every kind, each filled with every field (through
 * a real y-websocket client, confirmed saved) and a comment thread. Call at the top of a `describe`;
 * the server is stopped after it.
 */
export function useFilledProgramme(): FilledProgramme {
  let server: ServerProcess | undefined;
  let programmeId = '';
  let token = '';
  const boards = new Map<BoardKind, Filled>();
  const exportPath = (board: Board, format: string) =>
    `/api/programmes/${programmeId}/boards/${board.id}/export?format=${format}`;
  const get = async (kind: BoardKind, format: string, as = token): Promise<Download> => {
    const filled = boards.get(kind);
    if (!filled) throw new Error(`no ${kind} board`);
    return download(started().httpUrl, exportPath(filled.board, format), as);
  };

  async function createAndFill(
    kind: BoardKind,
    links: Parameters<typeof fillBoard>[3] = {},
  ): Promise<Filled> {
    const { board } = await expectOk(
      BoardResponseSchema,
      201,
      call(started().httpUrl, 'POST', `/api/programmes/${programmeId}/boards`, {
        token,
        body: { kind, title: TITLES[kind] },
      }),
    );
    const client = connectClient(started().wsUrl, board.docId, { params: { token } });
    await client.synced();
    let expected: FilledBoard = { values: [], items: {}, itemValues: {} };
    if (kind === 'canvas') client.doc.getMap('store').set('shape:1', { type: 'note', text: NON_ASCII });
    else {
      expected = fillBoard(client.doc, kind, 'es', links);
      // A thread on the whole board: exported after the content.
      const author = { memberId: 'member-1', name: PROGRAMME.facilitatorName };
      const asked = addComment(client.doc, { target: {}, author, text: `¿Pregunta ${kind} ñ?` });
      addComment(client.doc, { target: {}, author, text: `Respuesta ${kind} ç`, replyTo: asked });
      expected.values.push('Comentarios', `¿Pregunta ${kind} ñ?`, `Respuesta ${kind} ç`);
    }
    await client.saved();
    const json = kind === 'canvas' ? client.doc.getMap('store').toJSON() : readTemplate(kind, client.doc);
    client.destroy();
    const filled = { board, expected, json };
    boards.set(kind, filled);
    return filled;
  }
  const started = () => {
    if (!server) throw new Error('useFilledProgramme: the server starts in beforeAll');
    return server;
  };

  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET });
    const created = await expectOk(
      CreateProgrammeResponseSchema,
      201,
      call(server.httpUrl, 'POST', '/api/programmes', { body: PROGRAMME }),
    );
    programmeId = created.programme.id;
    token = created.facilitatorToken;
    const benchmark = await createAndFill('benchmark');
    const factors = (benchmark.json as { keyFactors: { id: string; title: string }[] }).keyFactors;
    const plan = await createAndFill('action-plan', { keyFactor: factors[0] });
    await createAndFill('visit-agenda', { board: { id: plan.board.id, title: plan.board.title } });
    for (const kind of [
      'needs-analysis',
      'mentor-strengths',
      'good-practice',
      'support-network',
      'monitoring',
      'scope',
      'feedback',
      'canvas',
    ] as const) {
      await createAndFill(kind);
    }
  });
  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
  });

  const expectedOf = (kind: TemplateKind) => {
    const filled = boards.get(kind);
    return [PROGRAMME.title, TITLES[kind], ...labelsOf(kind, 'es'), ...(filled?.expected.values ?? [])];
  };

  return {
    get server() {
      return started();
    },
    get programmeId() {
      return programmeId;
    },
    get token() {
      return token;
    },
    boards,
    get,
    expectedOf,
  };
}
