/**
 * File names for downloads, built from programme and board titles, that are safe on Windows, macOS
 * and Linux: no reserved characters, no control or invisible formatting characters (which could
 * disguise an extension), no trailing dots or spaces, no device names such as `CON`, bounded length.
 * Accents and other scripts are kept; {@link asciiFileName} gives the fallback for old clients.
 */

/** Characters Windows forbids in names (and `/` everywhere). */
const RESERVED = /[<>:"/\\|?*]/g;
/**
 * C0 and C1 controls and format characters (bidi overrides, zero-width spaces, soft hyphens); the
 * zero-width (non-)joiner stays, as some scripts and emoji need it.
 */
const INVISIBLE = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Device names Windows reserves, with or without an extension. */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\.|$)/i;

/** Most file systems allow 255 bytes per name; stay well below to leave room for ` (2)` and folders. */
export const MAX_FILE_NAME_BYTES = 180;

const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;

function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter === 'function') {
    return Array.from(
      new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
      (s) => s.segment,
    );
  }
  return Array.from(text);
}

// Cuts between graphemes, so that no accent is separated from its letter and no pair is split.
function truncate(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let out = '';
  for (const grapheme of graphemes(text)) {
    if (utf8Length(out + grapheme) > maxBytes) break;
    out += grapheme;
  }
  return out;
}

const trimEnds = (text: string) => text.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');

/** One part of a name (a title) made safe; may be empty. */
export function sanitizeFileNamePart(text: string): string {
  return trimEnds(
    text
      .normalize('NFC')
      .replace(INVISIBLE, ' ')
      .replace(RESERVED, '_')
      .replace(/\s+/gu, ' ')
      .replace(/_+/g, '_'),
  );
}

/**
 * A safe file name from `parts` (e.g. programme and board title) joined with ` - `, and an extension
 * without the dot: `fileName(['Plan: visita 1/2', 'Acción'], 'docx')` is `Plan_ visita 1_2 - Acción.docx`.
 */
export function fileName(parts: readonly string[], extension: string, fallback = 'export'): string {
  const ext = sanitizeFileNamePart(extension).replace(/[^\p{L}\p{N}]/gu, '');
  const suffix = ext ? `.${ext}` : '';
  const joined = parts.map(sanitizeFileNamePart).filter(Boolean).join(' - ');
  let base = trimEnds(truncate(joined, MAX_FILE_NAME_BYTES - utf8Length(suffix)));
  if (!base) base = fallback;
  if (DEVICE.test(base)) base = `_${base}`;
  return `${base}${suffix}`;
}

/**
 * The same name in printable ASCII, for `filename=` of Content-Disposition: accents dropped
 * (`Málaga` → `Malaga`), other letters replaced by `_`; also no `%` or `\``, which some clients decode.
 */
export function asciiFileName(name: string, fallback = 'export'): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/[%`;]/g, '_')
    .replace(/_+/g, '_');
  const dot = ascii.lastIndexOf('.');
  const ext = dot > 0 ? ascii.slice(dot) : '';
  const base = fileName([dot > 0 ? ascii.slice(0, dot) : ascii], '', fallback);
  const safe = /^[_\s-]*$/.test(base) ? fallback : base;
  return `${safe}${ext}`;
}

/**
 * `base`, or `base (2)`, `base (3)`… : the first not in `taken` (compared ignoring case, as on
 * Windows and macOS), which it then joins. For names of several files of one download (a ZIP).
 */
export function uniqueName(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base} (${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
