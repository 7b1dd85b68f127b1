import { describe, expect, it } from 'vitest';
import { ownBuffer, transferList } from './own-buffer.js';

describe('own buffers', () => {
  it('tells a buffer of its own from a slice of a shared one', () => {
    expect(ownBuffer(new Uint8Array(16))).toBe(true);
    expect(ownBuffer(new Uint8Array(new ArrayBuffer(16), 4))).toBe(false);
    // Small Buffers are slices of Node's shared pool: transferring one would take the others' bytes.
    expect(ownBuffer(Buffer.from('pooled'))).toBe(false);
    expect(ownBuffer(new Uint8Array(new SharedArrayBuffer(16)))).toBe(false);
  });

  it('lists each transferable buffer once', () => {
    const own = new Uint8Array(8);
    const list = transferList([own, own, Buffer.from('pooled'), new Uint8Array(4)]);
    expect(list).toHaveLength(2);
    expect(list[0]).toBe(own.buffer);
  });

  it('hands the bytes over: once transferred they are gone from this side', () => {
    const own = new Uint8Array([1, 2, 3]);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(own, transferList([own]));
    expect(own.byteLength).toBe(0);
    port1.close();
    port2.close();
  });
});
