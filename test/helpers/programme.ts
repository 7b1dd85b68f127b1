import { createBoard, createProgramme } from './access.js';

export interface OpenedDoc {
  docId: string;
  /** Facilitator token (may edit). */
  token: string;
  programmeId: string;
  boardId: string;
}

/** Creates a programme and one board on a running server; returns its doc id and a facilitator token. */
export async function openDoc(
  baseUrl: string,
  kind: Parameters<typeof createBoard>[3] = 'canvas',
): Promise<OpenedDoc> {
  const { programme, facilitatorToken } = await createProgramme(baseUrl, 'sync');
  const board = await createBoard(baseUrl, facilitatorToken, programme.id, kind);
  return { docId: board.docId, token: facilitatorToken, programmeId: programme.id, boardId: board.id };
}
