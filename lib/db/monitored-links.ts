import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';
import type { MonitoredLink } from '@/lib/db/monitor-records';
import { enqueueReads } from '@/lib/db/read-jobs';
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

/** Starts monitoring a link and queues its first check. */
export async function addMonitoredLink(db: LinkscoutDb, input: NewMonitoredLink, now: number): Promise<MonitoredLink> {
  const id = crypto.randomUUID();
  const link: MonitoredLink = {
    ...INITIAL_STATUS, id, prospectId: input.prospectId, pageUrl: input.pageUrl, expected: input.expected,
    frequency: input.frequency ?? 'weekly', active: true, createdAt: now, nextCheckAt: Math.max(now, firstCheckAt(input.since, id)),
    history: [], notifiedState: null,
  };
  await guardStorage('Starting to monitor the link failed', () =>
    db.transaction('rw', db.monitoredLinks, db.readJobs, async () => {
      await db.monitoredLinks.add(link);
      await enqueueReads(db, [{ url: link.pageUrl, purpose: 'monitor', ref: id, dueAt: link.nextCheckAt }], now);
    }),
  );
  return link;
}

/**
 * Every won prospect gets a monitored link. The expected link is the link to the user's site the
 * page showed when saved; when none was seen, the first check learns it from the page.
 */
export async function monitorWonProspects(db: LinkscoutDb, now: number): Promise<MonitoredLink[]> {
  const won = await db.prospects.where('status').equals('won').toArray();
  const watched = new Set(await db.monitoredLinks.orderBy('prospectId').keys());
  const added: MonitoredLink[] = [];
  for (const p of won) {
    if (watched.has(p.id)) continue;
    const mine = p.linksToMySite[0];
    const expected: ExpectedLink = mine ? { targetUrl: mine.url, anchorText: mine.anchorText, rel: mine.rel } : { targetUrl: '', anchorText: '', rel: [] };
    added.push(await addMonitoredLink(db, { prospectId: p.id, pageUrl: p.url, expected, since: wonAt(p) }, now));
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

/** Calls `onChange` whenever the set of won prospects changes (in any page); returns the unsubscribe. */
export function watchWonProspects(db: LinkscoutDb, onChange: () => void, onError: (e: unknown) => void): () => void {
  const subscription = liveQuery(async () => db.prospects.where('status').equals('won').primaryKeys()).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

export function monitoredLinksByCheck(db: LinkscoutDb): Promise<MonitoredLink[]> {
  return db.monitoredLinks.orderBy('nextCheckAt').toArray();
}
