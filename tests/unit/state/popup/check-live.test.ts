import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCheckJob, pendingItems, recordVerdict } from '@/lib/db/check-jobs';
import type { LinkscoutDb } from '@/lib/db/database';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import { watchCheck } from '@/lib/state/popup/check-live';
import { createPopupState } from '@/lib/state/popup/state';
import { freshDb } from '../../db/fixtures';

let db: LinkscoutDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const PAGE = 'https://page.example/';
const URLS = ['https://a.example/', 'https://b.example/'];
const verdict = (url: string): LinkVerdict => ({ url, class: 'broken', httpStatus: 404, finalUrl: url, hops: [], requests: [], reason: '404', checkedAt: Date.now(), durationMs: 1 });
const until = async (test: () => boolean) => {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('watchCheck', () => {
  it('never shows a count that lags the verdicts: each change of the job comes with the verdicts of the same moment', async () => {
    const state = createPopupState();
    const seen: string[] = [];
    const job = await createCheckJob(db, { pageUrl: PAGE, tabId: 1, urls: URLS, force: true }, Date.now(), 0);
    const stop = watchCheck(state, db, PAGE, URLS, (m) => seen.push(`error ${m}`));
    const unsubscribe = state.check.job.subscribe((j) => {
      if (j) seen.push(`${j.done}/${state.check.verdicts.value.size}`);
    });
    await until(() => state.check.job.value?.id === job.id);
    for (const item of await pendingItems(db, job.id)) {
      await recordVerdict(db, item, verdict(item.url));
      await until(() => seen.length > 0 && seen.at(-1)?.startsWith(String(state.check.verdicts.value.size)) === true);
    }
    await until(() => state.check.job.value?.state === 'done');
    stop();
    unsubscribe();
    expect(seen.filter((s) => s.startsWith('error'))).toEqual([]);
    // Every step the count showed matched the verdicts shown with it.
    for (const step of seen) {
      const [done, verdicts] = step.split('/');
      expect(done).toBe(verdicts);
    }
    expect(seen.at(-1)).toBe('2/2');
  });
});
