import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.js';

/** What a browser makes of `filename*` (RFC 5987). */
function decodeExtended(header: string): string | undefined {
  const match = /filename\*=UTF-8''([^;\s]+)/.exec(header);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

describe('Content-Disposition', () => {
  it('keeps accents and other scripts in filename* and gives an ASCII filename', () => {
    const name = "Programa Málaga (ñ ç) - Ελληνικά ā ē ī ū š ž 'v1'.docx";
    const header = contentDisposition(name);
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!._~-]+$/);
    expect(header).toContain('filename="Programa Malaga (n c) - _ a e i u s z \'v1\'.docx"');
    expect(decodeExtended(header)).toBe(name);
  });

  it('only ever produces a valid header value', () => {
    const header = contentDisposition('a"b\\c.pdf');
    expect(header).toContain('filename="a_b_c.pdf"');
    expect(() => new Headers({ 'content-disposition': contentDisposition('Ελληνικά.pdf') })).not.toThrow();
  });
});

describe('Content-Disposition of old data', () => {
  it('repairs a lone surrogate stored before input was checked instead of throwing', () => {
    const header = contentDisposition('Plan \ud800.csv');
    expect(decodeExtended(header)).toBe('Plan \ufffd.csv');
    expect(() => new Headers({ 'content-disposition': header })).not.toThrow();
  });
});
