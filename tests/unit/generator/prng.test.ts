import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/generator/prng';

describe('createRng', () => {
  it('repeats the same stream for the same keys and differs for other keys', () => {
    const draw = (...keys: (string | number)[]) => {
      const rng = createRng(...keys);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(draw(1, 'page', 3)).toEqual(draw(1, 'page', 3));
    expect(draw(1, 'page', 3)).not.toEqual(draw(1, 'page', 4));
    expect(draw(1, 'page', 3)).not.toEqual(draw(2, 'page', 3));
  });

  it('draws integers within bounds and covers them roughly evenly', () => {
    const rng = createRng('uniform');
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const n = rng.int(0, 5);
      counts[n] = (counts[n] ?? 0) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(600);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRng(1).pick([])).toThrow(RangeError);
  });
});
