import { describe, expect, it } from 'vitest';
import { parseBackupText } from './ImportBackupForm';

describe('parseBackupText', () => {
  it('accepts a JSON object and rejects anything else', () => {
    expect(parseBackupText('{"format":"x"}')).toEqual({ format: 'x' });
    expect(parseBackupText('[1]')).toBeNull();
    expect(parseBackupText('not json')).toBeNull();
  });
});
