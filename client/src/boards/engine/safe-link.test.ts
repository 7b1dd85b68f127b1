import { describe, expect, it } from 'vitest';
import { safeLink } from './SafeLink';

describe('example links', () => {
  it('open web links only', () => {
    expect(safeLink(' https://example.org/cafe ')).toBe('https://example.org/cafe');
    expect(safeLink('http://example.org')).toBe('http://example.org/');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('file:///etc/passwd')).toBeNull();
    expect(safeLink('see the city website')).toBeNull();
  });
});
