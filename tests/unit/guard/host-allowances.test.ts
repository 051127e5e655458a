import { describe, expect, it } from 'vitest';
import type { DnrRule } from '@/lib/guard/dnr-rules';
import { hostAllowances, type UpdateRules } from '@/lib/guard/host-allowances';

/** A stand-in for the browser's session rules whose updates settle only when the test says so. */
function slowRules() {
  const rules = new Map<number, DnrRule>();
  const pending: { settle: () => void; fail: (e: Error) => void }[] = [];
  const update: UpdateRules = (change) => new Promise<void>((resolve, reject) => {
    pending.push({
      settle: () => {
        change.removeRuleIds?.forEach((id) => rules.delete(id));
        change.addRules?.forEach((r) => rules.set(r.id, r));
        resolve();
      },
      fail: reject,
    });
  });
  const settleAll = async () => {
    while (pending.length > 0) pending.shift()?.settle();
    await Promise.resolve();
  };
  /** Settles what `step` starts (an allow or a restore) and returns its result. */
  const settled = async <T,>(step: Promise<T>): Promise<T> => {
    await settleAll();
    return step;
  };
  return { rules, pending, update, settleAll, settled };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('hostAllowances', () => {
  it('lets no holder go until the allow rule is in place, not only the first one', async () => {
    const browser = slowRules();
    const allow = hostAllowances(browser.update, 'ext');
    let firstReady = false;
    let secondReady = false;
    const first = allow('*').then((restore) => { firstReady = true; return restore; });
    const second = allow('*').then((restore) => { secondReady = true; return restore; });
    await tick();
    // One rule is being added; neither request may leave before the browser has it.
    expect(browser.pending).toHaveLength(1);
    expect(firstReady).toBe(false);
    expect(secondReady).toBe(false);
    await browser.settleAll();
    await tick();
    expect(firstReady && secondReady).toBe(true);
    expect(browser.rules.size).toBe(1);
    const [a, b] = await Promise.all([first, second]);
    await a();
    expect(browser.pending).toHaveLength(0); // still held by the second
    await browser.settled(b());
    expect(browser.rules.size).toBe(0);
  });

  it('a restore called twice lets go once', async () => {
    const browser = slowRules();
    const allow = hostAllowances(browser.update, 'ext');
    const a = await browser.settled(allow('*'));
    const b = await allow('*');
    await a();
    await a();
    expect(browser.pending).toHaveLength(0);
    expect(browser.rules.size).toBe(1);
    await browser.settled(b());
    expect(browser.rules.size).toBe(0);
  });

  it('after a failed add, every waiting holder fails and the next one adds the rule afresh', async () => {
    const browser = slowRules();
    const allow = hostAllowances(browser.update, 'ext');
    const first = allow('*');
    const second = allow('*');
    browser.pending.shift()?.fail(new Error('rule limit'));
    await expect(first).rejects.toThrow('rule limit');
    await expect(second).rejects.toThrow('rule limit');
    const third = allow('*');
    await tick();
    expect(browser.pending).toHaveLength(1);
    await browser.settled(third);
    expect(browser.rules.size).toBe(1);
  });

  it('a new holder after the last one let go adds a new rule after the old one is removed', async () => {
    const browser = slowRules();
    const allow = hostAllowances(browser.update, 'ext');
    const restore = await browser.settled(allow('*'));
    const releasing = restore();
    const next = allow('*');
    await tick();
    expect(browser.pending).toHaveLength(2); // the removal, then the new rule, in that order
    await browser.settleAll();
    await Promise.all([releasing, next]);
    expect([...browser.rules.keys()]).toHaveLength(1);
  });
});
