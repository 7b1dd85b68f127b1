import { describe, expect, it } from 'vitest';
import { decodeConfirmation, encodeRefused, encodeSaved, RefusalReason } from './confirmations.js';
import { MessageType } from './messages.js';

describe('confirmation codec', () => {
  it('round-trips saved and refused, with the type byte first', () => {
    const saved = encodeSaved({ count: 300, stateVector: new Uint8Array([1, 2, 3]) });
    expect(saved[0]).toBe(MessageType.saved);
    expect(decodeConfirmation(saved)).toEqual({
      type: 'saved',
      count: 300,
      stateVector: new Uint8Array([1, 2, 3]),
    });
    const refused = encodeRefused({ reason: RefusalReason.locked });
    expect(refused[0]).toBe(MessageType.refused);
    expect(decodeConfirmation(refused)).toEqual({ type: 'refused', reason: 'locked' });
  });

  it('ignores other message types and throws on a truncated message', () => {
    expect(decodeConfirmation(new Uint8Array([MessageType.sync, 0, 1, 0]))).toBeNull();
    expect(() => decodeConfirmation(new Uint8Array([MessageType.saved, 5]))).toThrow();
  });
});
