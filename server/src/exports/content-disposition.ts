import { asciiFileName } from '@mentoring/shared/export/file-name';
import { toWellFormed } from '../unicode.js';

/** RFC 5987 `ext-value` encoding: UTF-8, percent-encoded except `attr-char`. */
function encodeExtValue(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `Content-Disposition: attachment` for a file name that may hold any letter (already made safe by
 * `fileName`): an ASCII `filename=` for old clients and `filename*=UTF-8''…` (RFC 6266, RFC 5987),
 * which current browsers prefer, keeping accents and other scripts.
 */
export function contentDisposition(stored: string): string {
  // Titles stored before input was checked may hold a lone surrogate, which encodeURIComponent
  // refuses (URIError): repair it here rather than fail the download.
  const name = toWellFormed(stored);
  const fallback = asciiFileName(name).replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
