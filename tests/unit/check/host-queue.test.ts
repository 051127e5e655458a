import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostQueue } from '@/lib/check/host-queue';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('HostQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never runs more than perHost checks on one host, nor more requests at once than the global cap', async () => {
    const queue = new HostQueue({ perHost: 2, globalLimit: 5, gapMs: 0 });
    const running = new Map<string, number>();
    let maxTasks = 0;
    let maxRequests = 0;
    const maxByHost = new Map<string, number>();
    const jobs = Array.from({ length: 40 }, (_, i) => {
      const host = `h${i % 8}.example`;
      return queue.run(host, async () => {
        running.set(host, (running.get(host) ?? 0) + 1);
        maxByHost.set(host, Math.max(maxByHost.get(host) ?? 0, running.get(host) ?? 0));
        maxTasks = Math.max(maxTasks, queue.runningChecks);
        const release = await queue.admit(host);
        maxRequests = Math.max(maxRequests, queue.inFlightTotal);
        await sleep(100 + (i % 3) * 10);
        release();
        running.set(host, (running.get(host) ?? 0) - 1);
        return i;
      });
    });
    await vi.runAllTimersAsync();
    expect(await Promise.all(jobs)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(Math.max(...maxByHost.values())).toBe(2);
    // Eight hosts × 2 checks may wait for a request slot, but only five requests are ever in flight.
    expect(maxTasks).toBe(16);
    expect(maxRequests).toBe(5);
    expect(queue.runningChecks).toBe(0);
    expect(queue.inFlightTotal).toBe(0);
  });

  it('bounds checks admitted at once by the task limit', async () => {
    const queue = new HostQueue({ perHost: 2, globalLimit: 1, taskLimit: 3, gapMs: 0 });
    let maxTasks = 0;
    const jobs = Array.from({ length: 12 }, (_, i) => queue.run(`h${i}.example`, async () => {
      maxTasks = Math.max(maxTasks, queue.runningChecks);
      await sleep(50);
    }));
    await vi.runAllTimersAsync();
    await Promise.all(jobs);
    expect(maxTasks).toBe(3);
  });

  it('keeps requests to a host apart by the gap and within the limit', async () => {
    const queue = new HostQueue({ perHost: 2, gapMs: 250 });
    const starts: number[] = [];
    const requests = Array.from({ length: 6 }, async () => {
      const release = await queue.admit('a.example');
      starts.push(Date.now());
      expect(queue.inFlight('a.example')).toBeLessThanOrEqual(2);
      await sleep(600);
      release();
    });
    await vi.runAllTimersAsync();
    await Promise.all(requests);
    // The gap spaces starts 250 ms apart; the third must also wait for a slot (first ends at 600).
    expect(starts).toEqual([0, 250, 600, 850, 1200, 1450]);
    expect(queue.maxInFlight('a.example')).toBe(2);
    expect(queue.inFlight('a.example')).toBe(0);
  });

  it('does not make one host wait for another', async () => {
    const queue = new HostQueue({ gapMs: 1000 });
    const starts: Record<string, number[]> = {};
    const hosts = ['a.example', 'b.example', 'a.example', 'b.example'];
    const requests = hosts.map(async (host) => {
      const release = await queue.admit(host);
      (starts[host] ??= []).push(Date.now());
      release();
    });
    await vi.runAllTimersAsync();
    await Promise.all(requests);
    expect(starts).toEqual({ 'a.example': [0, 1000], 'b.example': [0, 1000] });
  });

  it('slows a host down after a 429: pause for Retry-After, one at a time, longer gap', async () => {
    const queue = new HostQueue({ perHost: 2, gapMs: 100 });
    const first = await queue.admit('a.example');
    queue.slowDown('a.example', 3000);
    first();
    expect(queue.settings('a.example')).toEqual({ limit: 1, gapMs: 1000, pausedUntil: 3000 });
    const starts: number[] = [];
    const requests = [0, 1, 2].map(async () => {
      const release = await queue.admit('a.example');
      starts.push(Date.now());
      expect(queue.inFlight('a.example')).toBe(1);
      await sleep(50);
      release();
    });
    await vi.advanceTimersByTimeAsync(2999);
    expect(starts).toEqual([]);
    await vi.runAllTimersAsync();
    await Promise.all(requests);
    expect(starts).toEqual([3000, 4000, 5000]);
    // Other hosts are untouched.
    expect(queue.settings('b.example')).toEqual({ limit: 2, gapMs: 100, pausedUntil: 0 });
  });

  it('doubles the gap on every 429, up to the maximum', () => {
    const queue = new HostQueue({ gapMs: 250, maxGapMs: 5000 });
    const gaps = [1, 2, 3, 4, 5].map(() => {
      queue.slowDown('a.example', null);
      return queue.settings('a.example').gapMs;
    });
    expect(gaps).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('caps a huge Retry-After pause', () => {
    const queue = new HostQueue({ maxPauseMs: 60_000 });
    queue.slowDown('a.example', 86_400_000);
    expect(queue.settings('a.example').pausedUntil).toBe(60_000);
  });

  it('drops a waiting check when its signal aborts', async () => {
    const queue = new HostQueue({ perHost: 1, gapMs: 0 });
    const controller = new AbortController();
    const ran: number[] = [];
    const blocker = queue.run('a.example', () => sleep(1000).then(() => ran.push(1)));
    const waiting = queue.run('a.example', async () => ran.push(2), controller.signal);
    const rejected = expect(waiting).rejects.toThrow('cancelled');
    controller.abort(new Error('cancelled'));
    await rejected;
    await vi.runAllTimersAsync();
    await blocker;
    expect(ran).toEqual([1]);
    expect(queue.runningChecks).toBe(0);
  });
});
