import { describe, expect, it } from 'vitest';
import { parseProjectionFragment, projectionLink } from './projection-link';

describe('projection link', () => {
  it('carries the observer invite token and the join link in the fragment', () => {
    const link = projectionLink(
      'https://board.example.org/',
      'p1',
      'tok en',
      'https://board.example.org/join#token=abc',
    );
    const url = new URL(link);
    expect(url.pathname).toBe('/programmes/p1/project');
    expect(parseProjectionFragment(url.hash)).toEqual({
      inviteToken: 'tok en',
      joinLink: 'https://board.example.org/join#token=abc',
    });
  });

  it('ignores a missing token and a join link that is not http(s)', () => {
    expect(parseProjectionFragment('#join=x')).toBeNull();
    expect(parseProjectionFragment('#token=a&join=javascript:alert(1)')).toEqual({
      inviteToken: 'a',
      joinLink: null,
    });
  });
});
