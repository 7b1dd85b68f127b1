import { z } from 'zod';
import { JourneySettingsSchema } from '../journey/settings.js';
import { ProgrammeExportSchema } from './api.js';
import { type BoardKind, BoardSchema } from './board.js';
import { TimestampSchema } from './ids.js';
import { MemberSchema } from './member.js';
import { LanguageSchema, ProgrammeSchema } from './programme.js';
import type { TemplateDeclaration } from './templates/declaration.js';
import { TEMPLATES } from './templates/registry.js';
import { VersionMetaSchema } from './version.js';

/**
 * Exports, backups and imports:
 * - `GET /api/programmes/:id/boards/:boardId/export?format=…` (programme members): one board as a
 *   file; which formats a board kind offers is {@link exportFormatsOf};
 * - `GET /api/programmes/:id/backup` (facilitator): a ZIP of every board's exports plus
 *   `backup.json` ({@link BackupSchema});
 * - `POST /api/import` (body: a backup) → 201 `CreateProgrammeResponse`: a new programme.
 */

export const ExportFormatSchema = z.enum(['docx', 'csv', 'pdf', 'json']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/**
 * The language an export is written in (`?lang=el`): its labels, dates and document language. Left
 * out, the server takes the best match of the request's `Accept-Language`, else the programme's
 * working language; the content itself is exported as written.
 */
export const ExportLanguageQuerySchema = z.object({ lang: LanguageSchema.optional() });

/** The query of the board export. */
export const ExportQuerySchema = z
  .object({ format: ExportFormatSchema })
  .extend(ExportLanguageQuerySchema.shape);
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** Board kinds whose content is a table a spreadsheet can take: those whose declaration exports one. */
const TABULAR: ReadonlySet<BoardKind> = new Set<BoardKind>(
  Object.values<TemplateDeclaration<BoardKind>>(TEMPLATES).flatMap((template) =>
    template.export?.table ? [template.kind] : [],
  ),
);

/**
 * The formats a board of `kind` can be exported in. The free canvas is JSON only: its pictures (SVG,
 * PNG) are made in the browser with tldraw's own export.
 */
export function exportFormatsOf(kind: BoardKind): ExportFormat[] {
  if (kind === 'canvas') return ['json'];
  return TABULAR.has(kind) ? ['docx', 'pdf', 'csv', 'json'] : ['docx', 'pdf', 'json'];
}

/** A named version of a board in a backup: its metadata and full encoded state (base64). */
export const BackupVersionSchema = z.object({ meta: VersionMetaSchema, state: z.base64() });
export type BackupVersion = z.infer<typeof BackupVersionSchema>;

/**
 * One board in a backup: its record, its content as JSON (the template's JSON form; for a canvas,
 * each top-level shared type as JSON) for reading, and its full Yjs state (base64), which is what an
 * import restores.
 */
export const BackupBoardSchema = BoardSchema.extend({
  content: z.record(z.string(), z.unknown()),
  yjsUpdate: z.base64(),
  versions: z.array(BackupVersionSchema).optional(),
});
export type BackupBoard = z.infer<typeof BackupBoardSchema>;

/** `backup.json` of the programme ZIP, and the body of `POST /api/import`. */
export const BackupSchema = z.object({
  format: z.literal('mentoring-board-backup'),
  version: z.literal(1),
  exportedAt: TimestampSchema,
  programme: ProgrammeSchema,
  boards: z.array(BackupBoardSchema),
  /** Who took part; kept for the record (an import does not recreate members: tokens do not move). */
  members: z.array(MemberSchema),
  /**
   * The facilitator's journey choices (skipped, marked done, added steps). Optional, so backups
   * written before it import as a journey without choices (no format change: older servers drop it).
   */
  journey: JourneySettingsSchema.optional(),
});
export type Backup = z.infer<typeof BackupSchema>;

/** What `POST /api/import` takes: a backup, or the GDPR export of a programme (same board records). */
export const ImportRequestSchema = z.discriminatedUnion('format', [BackupSchema, ProgrammeExportSchema]);
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** Largest body `POST /api/import` accepts. */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

/** The JSON export of one board: its record, its JSON content and its Yjs state. */
export const BoardJsonExportSchema = z.object({
  format: z.literal('mentoring-board-board'),
  version: z.literal(1),
  exportedAt: TimestampSchema,
  programme: ProgrammeSchema.pick({
    id: true,
    title: true,
    menteeCity: true,
    mentorCity: true,
    language: true,
  }),
  board: BackupBoardSchema.omit({ versions: true }),
});
export type BoardJsonExport = z.infer<typeof BoardJsonExportSchema>;
