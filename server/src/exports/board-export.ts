import { fileName } from '@mentoring/shared/export/file-name';
import { type BoardJsonExport, type ExportFormat, exportFormatsOf } from '@mentoring/shared/schema/exports';
import type { Language, Programme } from '@mentoring/shared/schema/programme';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import { AppError } from '../errors.js';
import type { BoardSnapshot } from './board-snapshot.js';
import { boardCsv } from './csv.js';
import { buildOutline } from './outline.js';
import type { References } from './outline-values.js';
import { renderOutline } from './render-off-thread.js';

/** A file to download. */
export interface ExportFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
  /** The language of its words (labels, dates), for `Content-Language`; none for JSON. */
  readonly language?: Language;
}

/** The media type of each format. */
export const CONTENT_TYPES: { readonly [F in ExportFormat]: string } = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/** Refuses (400) a format the board's kind does not offer, saying which ones it does. */
export function checkFormat(kind: BoardSnapshot['board']['kind'], format: ExportFormat): void {
  const formats = exportFormatsOf(kind);
  if (formats.includes(format)) return;
  const hint = kind === 'canvas' ? ' (pictures of a canvas, SVG or PNG, are made in the browser)' : '';
  throw new AppError(
    'badRequest',
    `a ${kind} board cannot be exported as ${format}; choose ${formats.join(', ')}${hint}`,
  );
}

/** The JSON export of a board: its record, JSON content and Yjs state. */
export function boardJson(
  programme: Programme,
  snapshot: BoardSnapshot,
  exportedAt: string,
): BoardJsonExport {
  const { id, title, menteeCity, mentorCity, language } = programme;
  return {
    format: 'mentoring-board-board',
    version: 1,
    exportedAt,
    programme: { id, title, menteeCity, mentorCity, language },
    board: {
      ...snapshot.board,
      content: snapshot.content,
      yjsUpdate: Buffer.from(snapshot.state).toString('base64'),
    },
  };
}

/**
 * Renders one board in one format (which must be one of {@link exportFormatsOf} its kind), with its
 * labels, dates and document language in `language` (default: the programme's working language).
 */
export async function exportBoard(
  programme: Programme,
  snapshot: BoardSnapshot,
  format: ExportFormat,
  references: References,
  exportedAt: string,
  language: Language = programme.language,
): Promise<ExportFile> {
  const { board, content } = snapshot;
  checkFormat(board.kind, format);
  const name = fileName([programme.title, board.title], format);
  const file = (body: Buffer): ExportFile => ({
    fileName: name,
    contentType: CONTENT_TYPES[format],
    body,
    ...(format === 'json' ? {} : { language }),
  });
  if (format === 'json') {
    return file(Buffer.from(`${JSON.stringify(boardJson(programme, snapshot, exportedAt), null, 2)}\n`));
  }
  if (board.kind === 'canvas') throw new AppError('badRequest', 'a canvas board is exported as JSON only');
  const context = { kind: board.kind, template: TEMPLATES[board.kind], language, references };
  if (format === 'csv') return file(boardCsv(context, content));
  const outline = buildOutline({
    programme,
    board: { title: board.title, kind: board.kind },
    content,
    references,
    language,
    exportedAt,
  });
  return file(await renderOutline(format, outline));
}
