import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';

const run = promisify(execFile);

/** A downloaded file: status, headers and the raw bytes. */
export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** GET `path` with a bearer token, keeping the body as bytes. */
export async function download(baseUrl: string, urlPath: string, token?: string): Promise<Download> {
  const response = await fetch(`${baseUrl}${urlPath}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The text of a DOCX, as a real reader (mammoth) extracts it. */
export async function docxText(body: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: body })).value;
}

async function withFile<T>(body: Buffer, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mb-pdf-'));
  const file = path.join(dir, 'export.pdf');
  try {
    await fs.writeFile(file, body);
    return await use(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as poppler's `pdftotext` extracts it, in content order (`-raw`). */
export function pdfText(body: Buffer): Promise<string> {
  return withFile(
    body,
    async (file) => (await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])).stdout,
  );
}

/** `pdfinfo` fields of a PDF (Title, Tagged, Pages…) and `pdffonts` output. */
export function pdfInfo(body: Buffer): Promise<{ info: Record<string, string>; fonts: string }> {
  return withFile(body, async (file) => {
    const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
    const info = Object.fromEntries(
      stdout
        .split('\n')
        .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => [match[1] ?? '', match[2] ?? '']),
    );
    return { info, fonts: (await run('pdffonts', [file])).stdout };
  });
}

/** Whitespace collapsed, so that text wrapped onto several lines still matches. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/** Strings of `expected` that `text` lacks (comparing with whitespace collapsed). */
export function missingFrom(text: string, expected: readonly string[]): string[] {
  const haystack = flat(text);
  return expected.filter((value) => !haystack.includes(flat(value)));
}

/** The file name a browser takes from Content-Disposition (`filename*`, RFC 5987), and the ASCII one. */
export function downloadName(headers: Headers): { utf8?: string; ascii?: string } {
  const header = headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;\s]+)/.exec(header)?.[1];
  const ascii = /filename="([^"]*)"/.exec(header)?.[1];
  return { utf8: utf8 === undefined ? undefined : decodeURIComponent(utf8), ascii };
}
