import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportProspectsCsv } from '@/lib/export/prospect-csv';
import { prospectChunks } from '@/lib/db/transfer-read';
import { PROSPECT_COLUMNS } from '@/lib/export/prospect-columns';
import { makeProspect, freshDb } from '../db/fixtures';
import { seedProspects } from '../db/seed';

const sample = makeProspect('https://www.example.com/resources?utm_source=x', {
  id: 'p1',
  title: 'Résumé, "quotes" and\nnewlines — 日本語',
  opportunityType: 'broken-link',
  status: 'contacted',
  campaignId: 'c1',
  tags: ['garden', 'q1'],
  contacts: [
    { kind: 'email', value: 'ann@example.com', source: 'mailto link' },
    { kind: 'phone', value: '+1 555 0100', source: 'tel link' },
    { kind: 'contact-page', value: 'https://example.com/contact', source: 'link text' },
    { kind: 'social', value: 'https://twitter.com/ann', source: 'JSON-LD sameAs' },
    { kind: 'author', value: 'Ann Lee', source: 'byline' },
  ],
  brokenLinks: [{ url: 'https://dead.example/x', anchorText: 'Old guide', httpStatus: 404, statusClass: 'broken' }],
  linksToMySite: [{ url: 'https://my.site/', anchorText: 'My site', rel: ['nofollow', 'ugc'] }],
  relevance: 72,
  spamSignals: ['Many sponsored links'],
  notes: '=HYPERLINK("http://evil")',
  followUpAt: Date.UTC(2025, 2, 1, 9),
  createdAt: Date.UTC(2025, 0, 1),
  updatedAt: Date.UTC(2025, 1, 1),
});

async function exportText(): Promise<string> {
  const blob = await exportProspectsCsv([[sample]], [{ id: 'c1', name: 'Spring', createdAt: 0 }]);
  return blob.text();
}

describe('exportProspectsCsv', () => {
  it('writes a BOM, the stable header and one RFC 4180 row with every column filled as documented', async () => {
    const text = await exportText();
    expect(text.startsWith('\uFEFFprospect_id,url,domain,title,opportunity_type,status,campaign,tags,contact_emails,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...PROSPECT_COLUMNS]);
    const row = Object.fromEntries(PROSPECT_COLUMNS.map((c, i) => [c, parsed[1]?.[i]]));
    expect(row).toEqual({
      prospect_id: 'p1',
      url: 'https://www.example.com/resources?utm_source=x',
      domain: 'example.com',
      title: 'Résumé, "quotes" and\nnewlines — 日本語',
      opportunity_type: 'broken-link',
      status: 'contacted',
      campaign: 'Spring',
      tags: 'garden | q1',
      contact_emails: 'ann@example.com',
      contact_sources: 'email ; ann@example.com ; mailto link | phone ; +1 555 0100 ; tel link | contact-page ; https://example.com/contact ; link text | social ; https://twitter.com/ann ; JSON-LD sameAs | author ; Ann Lee ; byline',
      contact_page_url: 'https://example.com/contact',
      social_profiles: 'https://twitter.com/ann',
      contact_name: 'Ann Lee',
      broken_links: 'https://dead.example/x ; Old guide ; 404 ; broken',
      links_to_my_site: 'https://my.site/ ; My site ; nofollow ugc',
      relevance: '72',
      spam_signals: 'Many sponsored links',
      notes: '\'=HYPERLINK("http://evil")',
      follow_up_at: '2025-03-01T09:00:00.000Z',
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-02-01T00:00:00.000Z',
    });
    // The title cell is quoted, its quotes doubled, its newline kept inside the quotes.
    expect(text).toContain('"Résumé, ""quotes"" and\nnewlines — 日本語"');
  });

  it('builds the blob from one part per chunk and keeps row order across chunks', async () => {
    const db = freshDb();
    await seedProspects(db, 2100);
    const blob = await exportProspectsCsv(prospectChunks(db), await db.campaigns.toArray());
    const rows = Papa.parse<string[]>((await blob.text()).slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2101);
    expect(rows[1]?.[0]).toBe('p-0000000');
    expect(rows[2100]?.[0]).toBe('p-0002099');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    await db.delete();
  }, 20_000);

  it('exports the given ids in the given order', async () => {
    const db = freshDb();
    await seedProspects(db, 30);
    const ids = ['p-0000020', 'p-0000003', 'p-0000011'];
    const blob = await exportProspectsCsv(prospectChunks(db, ids, 2), []);
    const rows = Papa.parse<string[]>((await blob.text()).slice(1), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
    await db.delete();
  });
});
