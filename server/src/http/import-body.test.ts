import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { declaredLength, readImportBody } from './import-body.js';

const chunks = (...parts: string[]) => Readable.from(parts.map((part) => Buffer.from(part)));
const ownsItsBuffer = (bytes: Buffer) =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('readImportBody', () => {
  it('copies the chunks into one buffer of the declared length, owning its memory', async () => {
    const body = await readImportBody(chunks('{"a":', '1', '}'), { limit: 100, declaredLength: 7 });
    expect(body.toString()).toBe('{"a":1}');
    expect(ownsItsBuffer(body)).toBe(true);
  });

  it('grows the buffer when no length was declared, and returns it cut to size', async () => {
    const part = 'x'.repeat(700_000);
    const body = await readImportBody(chunks(part, part, 'end'), { limit: 5_000_000 });
    expect(body.length).toBe(1_400_003);
    expect(body.subarray(-3).toString()).toBe('end');
    expect(ownsItsBuffer(body)).toBe(true);
  });

  it('refuses (413) a declared length over the limit before reading', async () => {
    const stream = chunks('never read');
    const error = await refusal(readImportBody(stream, { limit: 5, declaredLength: 10 }));
    expect(error.code).toBe('tooLarge');
    expect(stream.readableFlowing).toBeNull();
  });

  it('refuses (413) a body without a length once it passes the limit', async () => {
    const error = await refusal(readImportBody(chunks('abc', 'def'), { limit: 5 }));
    expect(error.code).toBe('tooLarge');
  });

  it('refuses (400) a body longer or shorter than its Content-Length', async () => {
    expect((await refusal(readImportBody(chunks('abcdef'), { limit: 100, declaredLength: 3 }))).code).toBe(
      'badRequest',
    );
    expect((await refusal(readImportBody(chunks('ab'), { limit: 100, declaredLength: 3 }))).code).toBe(
      'badRequest',
    );
  });

  it('refuses (400) a body whose stream fails or closes early', async () => {
    const failing = new Readable({ read() {} });
    const read = readImportBody(failing, { limit: 100 });
    failing.push(Buffer.from('ab'));
    failing.destroy(new Error('aborted'));
    expect((await refusal(read)).code).toBe('badRequest');
  });

  it('reads Content-Length only when it is a plain number', () => {
    expect(declaredLength('123')).toBe(123);
    expect(declaredLength(undefined)).toBeUndefined();
    expect(declaredLength('12x')).toBeUndefined();
    expect(declaredLength('-1')).toBeUndefined();
  });
});
