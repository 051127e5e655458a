import { describe, expect, it } from 'vitest';
import { coalesce } from '@/lib/jobs/coalesce';

describe('coalesce', () => {
  it('runs calls made close together as one batch and gives each caller its own answer', async () => {
    const batches: number[][] = [];
    const double = coalesce(async (keys: number[]) => {
      batches.push(keys);
      return keys.map((k) => k * 2);
    }, 5);
    const first = await Promise.all([double(1), double(2), double(3)]);
    const later = await double(4);
    expect(first).toEqual([2, 4, 6]);
    expect(later).toBe(8);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('a failing batch fails each of its callers, and the next batch runs afresh', async () => {
    let fail = true;
    const write = coalesce(async (keys: string[]) => {
      if (fail) throw new Error('quota exceeded');
      return keys.map(() => true);
    });
    const results = await Promise.allSettled([write('a'), write('b')]);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['Error: quota exceeded', 'Error: quota exceeded']);
    fail = false;
    await expect(write('c')).resolves.toBe(true);
  });

  it('a batch that answers for fewer keys than it was given fails the ones left without an answer', async () => {
    const short = coalesce(async (keys: string[]) => keys.slice(1).map(() => 1));
    const results = await Promise.allSettled([short('a'), short('b')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
  });
});
