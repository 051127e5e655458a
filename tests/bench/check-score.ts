// Scores one tool's verdicts against the class every farm URL must get. Our checker must give the
// exact class; linkinator only says OK, BROKEN or SKIPPED, so it is judged on what those can say.
import type { VerdictClass } from '@/lib/schemas/link-verdict';
import type { LinkCase } from '@/tests/bench/check-fixture';

/** Classes that tell the user the link is dead and should be replaced. */
const DEAD: ReadonlySet<string> = new Set<VerdictClass>(['broken', 'server-error', 'timeout', 'soft-404', 'parked']);

export type LinkinatorState = 'OK' | 'BROKEN' | 'SKIPPED';

/**
 * What linkinator may answer for each class and still be right. A redirect it follows silently to a
 * live page (it has no "redirected" verdict), and a blocked page it skips or passes (the page exists
 * behind the block), count as right; calling a 403 or 999 "broken" does not, nor is a soft-404 or
 * parked page "OK".
 */
const LINKINATOR_RIGHT: Record<VerdictClass, readonly LinkinatorState[]> = {
  ok: ['OK'],
  redirected: ['OK'],
  broken: ['BROKEN'],
  'server-error': ['BROKEN'],
  timeout: ['BROKEN'],
  'soft-404': ['BROKEN'],
  parked: ['BROKEN'],
  blocked: ['SKIPPED', 'OK'],
  'rate-limited': ['SKIPPED'],
  skipped: ['SKIPPED'],
};

export interface Wrong {
  name: string;
  url: string;
  expected: VerdictClass;
  got: string;
}

export interface Score {
  correct: number;
  total: number;
  /** Said dead (broken, server error, timeout, soft-404, parked) of a link that is not. */
  falseBroken: number;
  /** Dead links the tool did not call dead. */
  missedDead: number;
  wrong: Wrong[];
}

/** `got` maps each URL to the tool's answer (a class, or a linkinator state); absent means no answer. */
export function score(tool: 'linkscout' | 'linkinator', cases: readonly LinkCase[], got: ReadonlyMap<string, string>): Score {
  const result: Score = { correct: 0, total: cases.length, falseBroken: 0, missedDead: 0, wrong: [] };
  for (const c of cases) {
    const answer = got.get(c.url);
    const right = tool === 'linkscout'
      ? answer === c.expected
      : (LINKINATOR_RIGHT[c.expected] as readonly string[]).includes(answer ?? '');
    const saidDead = answer !== undefined && (tool === 'linkscout' ? DEAD.has(answer) : answer === 'BROKEN');
    const isDead = DEAD.has(c.expected);
    if (right) result.correct++;
    else result.wrong.push({ name: c.name, url: c.url, expected: c.expected, got: answer ?? '(no verdict)' });
    if (saidDead && !isDead) result.falseBroken++;
    if (isDead && !saidDead) result.missedDead++;
  }
  return result;
}
