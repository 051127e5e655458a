import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';
import type { MonitoredLink } from '@/lib/db/monitor-records';
import { enqueueNewReads, enqueueReads } from '@/lib/db/read-jobs';
import { observeLink } from '@/lib/monitor/observe';
import { firstCheckAt, nextCheckAt } from '@/lib/monitor/schedule';
import { INITIAL_STATUS, nextStatus, type Transition } from '@/lib/monitor/transition';
import type { ExpectedLink, Frequency, Observation } from '@/lib/monitor/types';
import type { PageRead } from '@/lib/schemas/page-read';
import type { PageScan } from '@/lib/schemas/page-scan';
import { readFromTab } from '@/lib/monitor/from-tab';
import { liveQuery } from 'dexie';
import type { Prospect } from '@/lib/schemas/prospect';

/** Checks kept per link, newest first. */
export const MAX_HISTORY = 60;

export interface NewMonitoredLink {
  prospectId: string;
  pageUrl: string;
  expected: ExpectedLink;
  frequency?: Frequency;
  /** When the link was won: the first check comes 24–48 h later. */
  since: number;
}

function wonAt(p: Prospect): number {
  const entry = [...p.history].reverse().find((h) => h.kind === 'status' && h.to === 'won');
  return entry?.at ?? p.updatedAt;
}

/** A new monitored link, not yet checked; its first check is due 24–48 h after `since`. */
function newLink(input: NewMonitoredLink, now: number): MonitoredLink {
  const id = crypto.randomUUID();
  return {
    ...INITIAL_STATUS, id, prospectId: input.prospectId, pageUrl: input.pageUrl, expected: input.expected,
    frequency: input.frequency ?? 'weekly', active: true, createdAt: now, nextCheckAt: Math.max(now, firstCheckAt(input.since, id)),
    history: [], notifiedState: null,
  };
}

/** Starts monitoring a link and queues its first check. */
export async function addMonitoredLink(db: LinkscoutDb, input: NewMonitoredLink, now: number): Promise<MonitoredLink> {
  const link = newLink(input, now);
  await guardStorage('Starting to monitor the link failed', () =>
    db.transaction('rw', db.monitoredLinks, db.readJobs, async () => {
      await db.monitoredLinks.add(link);
      await enqueueReads(db, [{ url: link.pageUrl, purpose: 'monitor', ref: link.id, dueAt: link.nextCheckAt }], now);
    }),
  );
  return link;
}

/** Won prospects handed over to monitoring per transaction: thousands won at once (an import) go in steps. */
export const HANDOVER_CHUNK = 500;

/**
 * Every won prospect gets a monitored link. The expected link is the link to the user's site the
 * page showed when saved; when none was seen, the first check learns it from the page.
 * Only keys are read to find the won prospects without a link; only those are read whole, and
 * their links and first checks are written in bulk. Each step looks again, inside its write, for
 * links another page made meanwhile, so two callers at once never monitor a prospect twice.
 */
export async function monitorWonProspects(db: LinkscoutDb, now: number): Promise<MonitoredLink[]> {
  const won = (await db.prospects.where('status').equals('won').primaryKeys()).map(String);
  if (won.length === 0) return [];
  const watched = new Set((await db.monitoredLinks.orderBy('prospectId').uniqueKeys()).map(String));
  const missing = won.filter((id) => !watched.has(id));
  const added: MonitoredLink[] = [];
  for (let start = 0; start < missing.length; start += HANDOVER_CHUNK) {
    const candidates = (await db.prospects.bulkGet(missing.slice(start, start + HANDOVER_CHUNK))).flatMap((p) => (p?.status === 'won' ? [p] : []));
    const links = await guardStorage('Starting to monitor won links failed', () =>
      db.transaction('rw', db.monitoredLinks, db.readJobs, async () => {
        const taken = new Set((await db.monitoredLinks.where('prospectId').anyOf(candidates.map((p) => p.id)).keys()).map(String));
        const fresh = candidates.filter((p) => !taken.has(p.id)).map((p) => {
          const mine = p.linksToMySite[0];
          const expected: ExpectedLink = mine ? { targetUrl: mine.url, anchorText: mine.anchorText, rel: mine.rel } : { targetUrl: '', anchorText: '', rel: [] };
          return newLink({ prospectId: p.id, pageUrl: p.url, expected, since: wonAt(p) }, now);
        });
        await db.monitoredLinks.bulkAdd(fresh);
        // New links have no queued check yet: one bulk write, no lookup per link.
        await enqueueNewReads(db, fresh.map((l) => ({ url: l.pageUrl, purpose: 'monitor' as const, ref: l.id, dueAt: l.nextCheckAt })), now);
        return fresh;
      }),
    );
    added.push(...links);
  }
  return added;
}

/** The user's edit of what the link should be, how often to check, and whether to check at all. */
export function editMonitoredLink(db: LinkscoutDb, id: string, patch: Partial<Pick<MonitoredLink, 'expected' | 'frequency' | 'active' | 'pageUrl'>>): Promise<number> {
  return guardStorage('Saving the monitored link failed', () => db.monitoredLinks.update(id, patch));
}

/** "Re-check now": a read due immediately (an already queued one is brought forward). */
export function recheckNow(db: LinkscoutDb, link: Pick<MonitoredLink, 'id' | 'pageUrl'>, now: number): Promise<unknown> {
  return enqueueReads(db, [{ url: link.pageUrl, purpose: 'monitor', ref: link.id, dueAt: now }], now);
}

export function stopMonitoring(db: LinkscoutDb, id: string): Promise<void> {
  return guardStorage('Removing the monitored link failed', () =>
    db.transaction('rw', db.monitoredLinks, db.readJobs, async () => {
      await db.monitoredLinks.delete(id);
      await db.readJobs.where('[purpose+ref]').equals(['monitor', id]).filter((j) => j.state === 'queued').delete();
    }),
  );
}

export interface Applied {
  link: MonitoredLink;
  transition: Transition;
  observation: Observation;
}

/**
 * Applies one read of the page to its monitored link: the state machine, the history, the next
 * check (queued now, so a stopped worker finds it), and an entry in the prospect's history when
 * the link is lost or changed. All in one transaction. Undefined when the link is gone.
 */
export function applyMonitorRead(db: LinkscoutDb, linkId: string, read: PageRead, now: number, via: Observation['via'] = 'reader'): Promise<Applied | undefined> {
  return guardStorage('Saving the monitoring result failed', () =>
    db.transaction('rw', db.monitoredLinks, db.readJobs, db.prospects, async () => {
      const link = await db.monitoredLinks.get(linkId);
      if (!link) return undefined;
      const learned = link.expected.targetUrl ? null : read.scan?.links.find((l) => l.toOwnSite);
      const expected = learned ? { targetUrl: learned.url, anchorText: learned.text, rel: learned.rel } : link.expected;
      const observation = { ...observeLink(read, expected), via };
      const transition = nextStatus(link, observation, now);
      const due = transition.recheckAt ?? nextCheckAt(now, link.frequency, link.id, now);
      const next: MonitoredLink = {
        ...link, ...transition.status, expected, nextCheckAt: due,
        history: [transition.record, ...link.history].slice(0, MAX_HISTORY),
        notifiedState: transition.notify ? transition.status.state : link.notifiedState,
      };
      await db.monitoredLinks.put(next);
      // The page was just read: a check queued by an earlier read's schedule moves to the new one.
      if (link.active) await enqueueReads(db, [{ url: link.pageUrl, purpose: 'monitor', ref: link.id, dueAt: due }], now, { reschedule: true });
      if (transition.notify) {
        const prospect = await db.prospects.get(link.prospectId);
        if (prospect) {
          const note = { kind: 'note' as const, at: now, field: 'Monitoring', note: `${transition.status.state}: ${transition.status.change}` };
          await db.prospects.update(prospect.id, { history: [...prospect.history, note] });
        }
      }
      return { link: next, transition, observation };
    }),
  );
}

/** "Verify in a tab": a live tab's scan (scripts ran) applied like a background read. */
export function applyTabScan(db: LinkscoutDb, linkId: string, scan: PageScan, now: number): Promise<Applied | undefined> {
  return applyMonitorRead(db, linkId, readFromTab(scan, now), now, 'tab');
}

/**
 * Calls `onChange(true)` when the watch starts, and `onChange(false)` whenever a prospect becomes
 * won (in any page); returns the unsubscribe. Other writes to won prospects (a note, a monitoring
 * entry in the history) re-run the watch but call nothing: only a won id not seen before does.
 */
export function watchWonProspects(db: LinkscoutDb, onChange: (start: boolean) => void, onError: (e: unknown) => void): () => void {
  let seen: Set<string> | null = null;
  const subscription = liveQuery(async () => db.prospects.where('status').equals('won').primaryKeys()).subscribe({
    next: (keys) => {
      const ids = keys.map(String);
      const known = seen;
      seen = new Set(ids);
      if (known === null) onChange(true);
      else if (ids.some((id) => !known.has(id))) onChange(false);
    },
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/** Monitored links, the next to be checked first: all of them, or the first `limit`. */
export function monitoredLinksByCheck(db: LinkscoutDb, limit?: number): Promise<MonitoredLink[]> {
  const ordered = db.monitoredLinks.orderBy('nextCheckAt');
  return (limit === undefined ? ordered : ordered.limit(limit)).toArray();
}
