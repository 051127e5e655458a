import { describe, expect, it } from 'vitest';
import { firstCheckAt, nextCheckAt, PERIOD_MS, slotOf } from '@/lib/monitor/schedule';

const HOUR = 3_600_000;
const ids = Array.from({ length: 700 }, (_, i) => `link-${i}`);

describe('monitoring schedule', () => {
  it('first check 24 to 48 hours after the win', () => {
    for (const id of ids) {
      const at = firstCheckAt(0, id);
      expect(at).toBeGreaterThanOrEqual(24 * HOUR);
      expect(at).toBeLessThan(48 * HOUR);
    }
  });

  it('links won at the same moment spread over the day: no hour holds more than a tenth of them', () => {
    const perHour = new Map<number, number>();
    for (const id of ids) {
      const hour = Math.floor(firstCheckAt(0, id) / HOUR);
      perHour.set(hour, (perHour.get(hour) ?? 0) + 1);
    }
    expect(perHour.size).toBe(24);
    expect(Math.max(...perHour.values())).toBeLessThan(ids.length / 10);
  });

  it.each(['daily', 'weekly'] as const)('%s: regular checks keep their slot and a gap of at least half a period', (frequency) => {
    const period = PERIOD_MS[frequency];
    for (const id of ids.slice(0, 50)) {
      let last = 5 * period + 1234;
      for (let i = 0; i < 5; i++) {
        const next = nextCheckAt(last, frequency, id, last);
        expect(next - last).toBeGreaterThanOrEqual(period / 2);
        expect(next - last).toBeLessThanOrEqual(1.5 * period);
        expect(next % period).toBe(Math.floor(slotOf(id) * period));
        last = next;
      }
    }
  });

  it('after a week with the browser closed, overdue checks spread over the next hour', () => {
    const now = 100 * PERIOD_MS.weekly;
    const times = ids.map((id) => nextCheckAt(now - 3 * PERIOD_MS.weekly, 'weekly', id, now));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now);
    expect(Math.max(...times)).toBeLessThan(now + HOUR);
    const perMinute = new Map<number, number>();
    for (const t of times) perMinute.set(Math.floor((t - now) / 60_000), (perMinute.get(Math.floor((t - now) / 60_000)) ?? 0) + 1);
    expect(Math.max(...perMinute.values())).toBeLessThan(ids.length / 20);
  });
});
