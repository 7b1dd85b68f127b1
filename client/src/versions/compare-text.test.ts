import { describe, expect, it } from 'vitest';
import { rowSummary, valueText } from './compare-text';

describe('compare text', () => {
  it('writes any value as text', () => {
    expect(valueText(['a', 'b'])).toBe('a, b');
    expect(valueText({ id: 'x', name: 'Ana', org: 'City' })).toBe('Ana, City');
    expect(valueText(null)).toBe('');
    expect(valueText(3)).toBe('3');
  });
  it('summarises a row by its first text', () => {
    expect(rowSummary({ id: 'r1', actions: '', results: 'More classes' })).toBe('More classes');
    expect(rowSummary({ id: 'r1', actions: 'x'.repeat(100) })).toHaveLength(80);
    expect(rowSummary(undefined)).toBe('');
  });
});
