import type { LinkscoutDb } from '@/lib/db/database';
import type { CheckJob } from '@/lib/db/check-records';
import { countVerdicts, latestJobFor } from '@/lib/db/check-jobs';
import { domainSummary, type DomainSummary } from '@/lib/db/prospect-lookups';
import { DEAD_CLASSES } from '@/lib/schemas/dead-classes';
import { registrableDomain } from '@/lib/url/domain';
import { isHttpUrl } from '@/lib/url/network';
import { errorText } from '@/lib/text/error-text';
import { plural } from '@/lib/text/plural';


/** At most a few badge updates a second while a check runs. */
const PROGRESS_GAP_MS = 300;

export interface BadgeText {
  text: string;
  color: string;
  title: string;
}

/** What the toolbar badge says for a tab's check: dead links so far, red when there are any. */
export function badgeFor(job: CheckJob, dead: number): BadgeText {
  const checking = job.state === 'running' || job.state === 'queued';
  const progress = checking ? ` (checking ${job.done}/${job.total})` : '';
  return {
    text: String(dead),
    color: dead > 0 ? '#cf222e' : checking ? '#57606a' : '#1a7f37',
    title: `Linkscout: ${dead} dead ${plural(dead, 'link')} on this page (broken, soft 404 or parked)${progress}`,
  };
}

/** The mark of a site that already has prospects; null when it has none. */
export function knownDomainBadge(summary: DomainSummary): BadgeText | null {
  if (summary.count === 0) return null;
  return {
    text: '★',
    color: '#0a66c2',
    title: `Linkscout: ${summary.count} ${plural(summary.count, 'prospect')} on this domain, last status ${summary.lastStatus ?? 'unknown'}`,
  };
}

/** The part of `browser.action` the badge writes to. */
export interface ActionApi {
  setBadgeText: (details: { tabId: number; text: string }) => Promise<void>;
  setBadgeBackgroundColor: (details: { tabId: number; color: string }) => Promise<void>;
  setTitle: (details: { tabId: number; title: string }) => Promise<void>;
}

/**
 * The one owner of the toolbar badge. Precedence: a link check started in a tab owns that tab's
 * badge (its dead-link count); only a tab without one shows the known-domain mark.
 */
export function createBadge(deps: { db: LinkscoutDb; action: ActionApi; now: () => number }) {
  const { db, action } = deps;
  const shownAt = new Map<string, number>();
  const show = async (tabId: number, badge: BadgeText) => {
    await action.setBadgeText({ tabId, text: badge.text });
    await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await action.setTitle({ tabId, title: badge.title });
  };
  const warn = (error: unknown) => console.warn(`Linkscout: badge update failed: ${errorText(error)}`); // the tab may have closed
  const checkBadge = async (job: CheckJob) => badgeFor(job, await countVerdicts(db, job.id, DEAD_CLASSES));

  return {
    /** A check made progress: its tab shows the count (throttled while it runs). */
    showCheck: (job: CheckJob): void => {
      if (job.tabId === null || job.tabId === undefined) return;
      const finished = job.state !== 'running';
      if (!finished && deps.now() - (shownAt.get(job.id) ?? 0) < PROGRESS_GAP_MS) return;
      shownAt.set(job.id, deps.now());
      const tabId = job.tabId;
      void checkBadge(job).then((badge) => show(tabId, badge)).catch(warn);
    },
    /** A page finished loading in a tab: its check's count if one was started there, else the known-domain mark. */
    showPage: async (tabId: number, url: string): Promise<void> => {
      if (!isHttpUrl(url)) return;
      const job = await latestJobFor(db, url);
      const badge = job && job.tabId === tabId ? await checkBadge(job) : knownDomainBadge(await domainSummary(db, registrableDomain(url)));
      if (badge) await show(tabId, badge);
    },
  };
}

export type Badge = ReturnType<typeof createBadge>;
