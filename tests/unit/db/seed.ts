import type { LinkscoutDb } from '@/lib/db/database';
import type { Prospect, ProspectStatus, OpportunityType } from '@/lib/schemas/prospect';

const STATUSES: ProspectStatus[] = ['new', 'qualified', 'contacted', 'followed-up', 'replied', 'won', 'lost', 'do-not-contact'];
const TYPES: OpportunityType[] = ['resource-page', 'broken-link', 'guest-post', 'directory', 'journalist-query', 'mention', 'other'];
const TAGS = ['gardening', 'tools', 'diy', 'outreach-q1', 'priority', 'local'];
const WORDS = ['garden', 'compost', 'seeds', 'tools', 'guide', 'resources', 'links', 'blog', 'review', 'tips'];
const CHUNK = 5000;
const BASE_TIME = 1_700_000_000_000;

/** Deterministic pseudo-random numbers, so a seeded database is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], r: number): T {
  return items[Math.floor(r * items.length)] as T;
}

/** The i-th synthetic prospect: ~200 domains, varied statuses, tags, contacts and dates. */
export function syntheticProspect(i: number, rand: () => number, campaignIds: readonly string[]): Prospect {
  const domain = `site${i % 200}.example`;
  const url = `https://${domain}/${pick(WORDS, rand())}/${i}`;
  const createdAt = BASE_TIME + i * 60_000;
  const hasEmail = rand() < 0.4;
  return {
    id: `p-${String(i).padStart(7, '0')}`,
    url,
    normalizedUrl: url,
    domain,
    title: `${pick(WORDS, rand())} ${pick(WORDS, rand())} ${i}`,
    opportunityType: pick(TYPES, rand()),
    status: pick(STATUSES, rand()),
    campaignId: rand() < 0.5 ? pick(campaignIds, rand()) : null,
    tags: rand() < 0.6 ? [pick(TAGS, rand())] : [],
    contacts: hasEmail ? [{ kind: 'email', value: `editor${i}@${domain}`, source: 'mailto link' }] : [],
    brokenLinks: [],
    linksToMySite: [],
    relevance: Math.floor(rand() * 101),
    spamScore: Math.floor(rand() * 30),
    spamSignals: [],
    toxic: rand() < 0.02,
    notes: rand() < 0.3 ? `Met at ${pick(WORDS, rand())} meetup` : '',
    followUpAt: rand() < 0.3 ? createdAt + Math.floor(rand() * 30) * 86_400_000 : null,
    createdAt,
    updatedAt: createdAt + Math.floor(rand() * 10) * 3_600_000,
    history: [],
  };
}

/** Fills the database with `n` synthetic prospects (and 5 campaigns) in large bulk writes. */
export async function seedProspects(db: LinkscoutDb, n: number, seed = 42): Promise<void> {
  const rand = random(seed);
  const campaigns = Array.from({ length: 5 }, (_, i) => ({ id: `c-${i}`, name: `Campaign ${i}`, createdAt: BASE_TIME }));
  await db.campaigns.bulkPut(campaigns);
  const campaignIds = campaigns.map((c) => c.id);
  for (let start = 0; start < n; start += CHUNK) {
    const chunk: Prospect[] = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) chunk.push(syntheticProspect(i, rand, campaignIds));
    await db.prospects.bulkAdd(chunk);
  }
}
