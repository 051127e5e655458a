import type { LinkscoutDb } from '@/lib/db/database';
import { guardStorage } from '@/lib/db/errors';
import type { LinkVerdict, VerdictClass } from '@/lib/schemas/link-verdict';
import type { Prospect } from '@/lib/schemas/prospect';
import { normalizeUrl } from '@/lib/url/normalize';
import { DEAD_CLASSES } from '@/lib/schemas/dead-classes';

/** Verdicts that make a link a dead link on a prospect (the pitch of broken-link outreach). */
/** Verdicts that prove a link listed as dead is alive after all. */
const ALIVE: ReadonlySet<VerdictClass> = new Set(['ok', 'redirected']);

/**
 * A verdict for a link on `pageUrl`, arriving after the page was saved as a prospect: a dead link
 * is added to the prospect's dead links, a listed one that now answers is taken off, each with a
 * history entry. Other verdicts (timeouts, blocks, rate limits) change nothing. Returns the
 * updated prospect, or null when there was nothing to change.
 */
export function applyVerdictToProspect(db: LinkscoutDb, pageUrl: string, verdict: LinkVerdict, now: number): Promise<Prospect | null> {
  const key = normalizeUrl(pageUrl);
  if (!key || (!DEAD_CLASSES.has(verdict.class) && !ALIVE.has(verdict.class))) return Promise.resolve(null);
  return guardStorage('Updating the prospect\'s dead links failed', () =>
    db.transaction('rw', db.prospects, async () => {
      const prospect = await db.prospects.where('normalizedUrl').equals(key).first();
      if (!prospect) return null;
      const listed = prospect.brokenLinks.find((b) => b.url === verdict.url);
      let next: Prospect | null = null;
      if (DEAD_CLASSES.has(verdict.class) && (!listed || listed.statusClass !== verdict.class || listed.httpStatus !== verdict.httpStatus)) {
        const entry = { url: verdict.url, anchorText: listed?.anchorText ?? '', httpStatus: verdict.httpStatus, statusClass: verdict.class };
        const brokenLinks = listed ? prospect.brokenLinks.map((b) => (b === listed ? entry : b)) : [...prospect.brokenLinks, entry];
        next = withNote({ ...prospect, brokenLinks }, now, `Link check: ${verdict.url} is ${verdict.class}${verdict.httpStatus === null ? '' : ` (${verdict.httpStatus})`}`);
      } else if (ALIVE.has(verdict.class) && listed) {
        const brokenLinks = prospect.brokenLinks.filter((b) => b !== listed);
        next = withNote({ ...prospect, brokenLinks }, now, `Link check: ${verdict.url} answers again (${verdict.class}); no longer a dead link`);
      }
      if (!next) return null;
      await db.prospects.put(next);
      return next;
    }),
  );
}

function withNote(prospect: Prospect, now: number, note: string): Prospect {
  return { ...prospect, updatedAt: now, history: [...prospect.history, { kind: 'note', at: now, field: 'brokenLinks', note }] };
}
