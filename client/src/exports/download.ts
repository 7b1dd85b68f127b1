import { ApiError } from '../api/http';

/**
 * The file name a `Content-Disposition` header offers: the UTF-8 `filename*` if present, else the
 * plain `filename`; null when there is none. Path parts are dropped, so a name never climbs folders.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  let name: string | null = null;
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
    name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2] ?? null) : null;
  }
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base ? base : null;
}

/** A file fetched with the session token (downloads need `Authorization`, so no plain link). */
export interface FetchedFile {
  blob: Blob;
  fileName: string | null;
}

/** GETs `path` with the Bearer token and returns the body as a Blob and the offered file name. */
export async function fetchFile(path: string, token: string): Promise<FetchedFile> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { authorization: `Bearer ${token}` }, credentials: 'omit' });
  } catch {
    throw new ApiError(0, 'network error');
  }
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  return {
    blob: await response.blob(),
    fileName: fileNameFromDisposition(response.headers.get('content-disposition')),
  };
}

/** Saves a Blob under `fileName` through a temporary object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download once click() returns; give it a moment before revoking.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
