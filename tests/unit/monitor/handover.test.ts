import { describe, expect, it } from 'vitest';
import { HANDOVER_RECHECK_MS, handoverDueAtStart } from '@/lib/monitor/handover';

describe('handoverDueAtStart', () => {
  it('looks when it never has, or when the last look is ten minutes old or more', () => {
    expect(handoverDueAtStart(null, 1_000)).toBe(true);
    expect(handoverDueAtStart(1_000, 1_000)).toBe(false);
    expect(handoverDueAtStart(1_000, 1_000 + HANDOVER_RECHECK_MS - 1)).toBe(false);
    expect(handoverDueAtStart(1_000, 1_000 + HANDOVER_RECHECK_MS)).toBe(true);
  });

  it('looks when the clock was set back past the last look', () => {
    expect(handoverDueAtStart(5_000, 4_999)).toBe(true);
  });
});
