/**
 * Whether `bytes` is the whole of its buffer, so that the buffer can be transferred to another
 * thread (moved, not copied) without taking bytes that others view: a pooled small Buffer is a
 * slice of a shared 8 KB pool, and a SharedArrayBuffer cannot be transferred at all.
 */
export function ownBuffer(bytes: Uint8Array): boolean {
  return (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    !(bytes.buffer instanceof SharedArrayBuffer)
  );
}

/**
 * The transfer list for posting `items` to another thread: the buffers of those that own theirs,
 * each once (the rest are copied by the post, as usual). After the post, the transferred views
 * are empty on this thread: only for bytes the caller will not read again.
 */
export function transferList(items: readonly Uint8Array[]): ArrayBuffer[] {
  return [...new Set(items.filter(ownBuffer).map((bytes) => bytes.buffer as ArrayBuffer))];
}
