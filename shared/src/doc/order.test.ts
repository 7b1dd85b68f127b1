import { describe, expect, it } from 'vitest';
import { isOrderKey, keyBetween } from './order.js';
import { seededRandom } from './random.js';

describe('order keys', () => {
  const random = seededRandom('order');

  it('makes a key strictly between any two keys, without trailing zeros', () => {
    let keys: string[] = [keyBetween(null, null, random)];
    for (let i = 0; i < 2000; i++) {
      const at = Math.floor(((random(1)[0] ?? 0) / 256) * (keys.length + 1));
      const key = keyBetween(keys[at - 1] ?? null, keys[at] ?? null, random);
      expect(isOrderKey(key)).toBe(true);
      if (at > 0) expect(key > (keys[at - 1] ?? '')).toBe(true);
      if (at < keys.length) expect(key < (keys[at] ?? '')).toBe(true);
      keys = [...keys.slice(0, at), key, ...keys.slice(at)];
    }
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps keys short when always inserting at the same place', () => {
    let before: string | null = null;
    const after = keyBetween(null, null, random);
    for (let i = 0; i < 200; i++) before = keyBetween(before, after, random);
    expect(before?.length ?? 0).toBeLessThan(1000);
    let last = keyBetween(null, null, random);
    for (let i = 0; i < 500; i++) last = keyBetween(last, null, random);
    expect(last.length).toBeLessThan(30);
    let firstKey = keyBetween(null, null, random);
    for (let i = 0; i < 500; i++) firstKey = keyBetween(null, firstKey, random);
    expect(firstKey.length).toBeLessThan(200);
  });

  it('handles prefixes of the upper key', () => {
    for (const [a, b] of [
      [null, '1V'],
      ['1', '1V'],
      ['V', 'V1'],
      [null, '01'],
      ['0z', '1'],
    ] as const) {
      const key = keyBetween(a, b, random);
      expect(key > (a ?? '')).toBe(true);
      expect(key < b).toBe(true);
    }
  });

  it('refuses bounds in the wrong order', () => {
    expect(() => keyBetween('b', 'a', random)).toThrow(RangeError);
    expect(() => keyBetween('a', 'a', random)).toThrow(RangeError);
  });

  it('tells well-formed keys from others', () => {
    expect(isOrderKey('V1x')).toBe(true);
    for (const bad of ['', 'a0', 'a b', 3, null, 'é']) expect(isOrderKey(bad)).toBe(false);
  });
});
