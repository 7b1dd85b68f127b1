import type { ExportFormat } from '@mentoring/shared/schema/exports';
import type { Language } from '@mentoring/shared/schema/programme';

/**
 * The address of a board's export in `language` (labels, dates, document language). The language
 * is always sent: the server would otherwise guess from `Accept-Language`, which is the browser's
 * language, not necessarily the one the person chose for the interface.
 */
export function boardExportPath(
  board: { readonly programmeId: string; readonly id: string },
  format: ExportFormat,
  language: Language,
): string {
  const query = new URLSearchParams({ format, lang: language });
  return `/api/programmes/${encodeURIComponent(board.programmeId)}/boards/${encodeURIComponent(board.id)}/export?${query}`;
}

/** The address of a programme's backup ZIP with its documents in `language`. */
export function backupPath(programmeId: string, language: Language): string {
  return `/api/programmes/${encodeURIComponent(programmeId)}/backup?${new URLSearchParams({ lang: language })}`;
}
