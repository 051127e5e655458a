import { allowRule, FIRST_ALLOW_ID, type DnrRule } from '@/lib/guard/dnr-rules';

/** The browser's session-rule update (declarativeNetRequest.updateSessionRules). */
export type UpdateRules = (change: { addRules?: DnrRule[]; removeRuleIds?: number[] }) => Promise<void>;

interface Held {
  id: number;
  count: number;
  /** Settles when the browser has the allow rule: every holder waits for it, not only the first. */
  added: Promise<void>;
}

/**
 * Counted allowances: a host stays let through while any request to it is under way. The rule is
 * added once, by the first holder, and every later holder waits until it is in place before its
 * request leaves (a request sent while the rule is still being added would meet the block).
 */
export function hostAllowances(update: UpdateRules, extensionId: string): (host: string) => Promise<() => Promise<void>> {
  const held = new Map<string, Held>();
  let nextId = FIRST_ALLOW_ID;
  const release = async (host: string, entry: Held): Promise<void> => {
    if (held.get(host) !== entry || --entry.count > 0) return;
    held.delete(host);
    await update({ removeRuleIds: [entry.id] });
  };
  return async (host) => {
    let entry = held.get(host);
    if (entry) entry.count++;
    else {
      const id = nextId++;
      entry = { id, count: 1, added: update({ addRules: [allowRule(id, extensionId, host)] }) };
      held.set(host, entry);
    }
    const mine = entry;
    try {
      await mine.added;
    } catch (error) {
      // The rule never arrived: this holder lets go, and the next one tries afresh.
      if (held.get(host) === mine && --mine.count <= 0) held.delete(host);
      throw error;
    }
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      await release(host, mine);
    };
  };
}
