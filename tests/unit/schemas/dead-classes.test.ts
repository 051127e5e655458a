// One definition of a dead link for the popup's Dead count, the badge, the page legend and the prospect.
import { describe, expect, it } from 'vitest';
import { DEAD_CLASSES, isDead } from '@/lib/schemas/dead-classes';
import { verdictClassSchema } from '@/lib/schemas/link-verdict';
import { verdictMark } from '@/lib/highlight/marks';

describe('dead links', () => {
  it('are the broken, soft 404 and parked verdicts, and nothing else', () => {
    const dead = verdictClassSchema.options.filter(isDead);
    expect(dead).toEqual(['broken', 'soft-404', 'parked']);
    expect([...DEAD_CLASSES].sort()).toEqual([...dead].sort());
  });

  it('are what the page legend marks as dead', () => {
    for (const c of verdictClassSchema.options) {
      const mark = verdictMark({ url: 'https://a-example.com/', class: c, httpStatus: null, finalUrl: null, hops: [], requests: [], reason: c, checkedAt: 1, durationMs: 1 });
      expect(mark?.kind === 'broken', c).toBe(isDead(c));
    }
  });
});
