import { describe, expect, it } from 'vitest';
import { planBacklinkImport, planPastedUrls } from '@/lib/export/backlink-import';

// Files written with each tool's own column headers (a few columns of each, in their order).
const AHREFS = `\uFEFF"Referring page title","Referring page URL","Language","Domain rating","UR","Target URL","Left context","Anchor","Right context","Type","Nofollow","UGC","Sponsored","First seen"
"Tools","https://blog.example/tools","en","45","12","https://acme.com/","Try ","Acme"," today","text","false","false","false","2024-01-02"
"Forum","https://forum.example/t/1","en","30","5","https://acme.com/shears","","pruning shears","","text","true","true","false","2024-02-03"
"Bad","not a url","en","1","1","https://acme.com/","","x","","text","false","false","false","2024-02-03"`;

const SEMRUSH = `Page ascore,Source title,Source url,Target url,Anchor,External links,Internal links,Nofollow,Sponsored,Ugc,Text,Frame,Form,Image,Sitewide,First seen,Last seen
12,Deals,https://deals.example/x,https://acme.com/,click here,50,10,false,true,false,true,false,false,false,false,2024-01-01,2024-06-01
3,Pics,https://pics.example/y,https://acme.com/,,5,1,false,false,false,false,false,false,true,false,2024-01-01,2024-06-01`;

const MAJESTIC = `Target URL,Source URL,Anchor Text,Crawl Date,First Indexed,Link Type,Source Trust Flow,Source Citation Flow,FlagNoFollow,FlagImages
https://acme.com/,https://dir.example/list,acme.com,2024-05-01,2023-01-01,TextLink,10,20,+,-
https://acme.com/a,https://news.example/story,garden tools,2024-05-01,2023-01-01,TextLink,30,25,-,-`;

const GSC_LINKS = `Linking page,Last crawled
https://a.example/post,2024-06-01
https://b.example/page,2024-06-02`;

const GSC_SITES = `Site,Linking pages,Target pages
a.example,12,3
b.example,4,1`;

describe('backlink import by header names', () => {
  it('Ahrefs: source, target, anchor and rel flags; unknown columns kept; bad rows by line', () => {
    const plan = planBacklinkImport(AHREFS);
    expect(plan.format).toBe('ahrefs');
    expect(plan.mapping).toMatchObject({ source: 'Referring page URL', target: 'Target URL', anchor: 'Anchor', nofollow: 'Nofollow', ugc: 'UGC', sponsored: 'Sponsored' });
    expect(plan.rows).toHaveLength(2);
    expect(plan.rows[1]).toMatchObject({ sourceUrl: 'https://forum.example/t/1', targetUrl: 'https://acme.com/shears', anchorText: 'pruning shears', rel: ['nofollow', 'ugc'] });
    expect(plan.rows[0]?.extra).toMatchObject({ 'Referring page title': 'Tools', 'Domain rating': '45', 'Left context': 'Try ' });
    expect(plan.unknownColumns).toContain('First seen');
    expect(plan.errors).toEqual([{ line: 4, message: expect.stringContaining('not a url') }]);
  });

  it('Semrush: sponsored and image flags', () => {
    const plan = planBacklinkImport(SEMRUSH);
    expect(plan.format).toBe('semrush');
    expect(plan.rows.map((r) => [r.sourceUrl, r.rel, r.image, r.anchorText])).toEqual([
      ['https://deals.example/x', ['sponsored'], false, 'click here'],
      ['https://pics.example/y', [], true, ''],
    ]);
  });

  it('Majestic: "+" flags, Anchor Text', () => {
    const plan = planBacklinkImport(MAJESTIC);
    expect(plan.format).toBe('majestic');
    expect(plan.rows.map((r) => [r.sourceUrl, r.targetUrl, r.anchorText, r.rel])).toEqual([
      ['https://dir.example/list', 'https://acme.com/', 'acme.com', ['nofollow']],
      ['https://news.example/story', 'https://acme.com/a', 'garden tools', []],
    ]);
  });

  it('Search Console: linking pages with no target, and top linking sites as domains', () => {
    const links = planBacklinkImport(GSC_LINKS);
    expect(links.format).toBe('gsc');
    expect(links.rows.map((r) => [r.sourceUrl, r.targetUrl])).toEqual([['https://a.example/post', ''], ['https://b.example/page', '']]);
    expect(links.rows[0]?.extra).toEqual({ 'Last crawled': '2024-06-01' });
    const sites = planBacklinkImport(GSC_SITES);
    expect(sites.format).toBe('gsc-sites');
    expect(sites.rows.map((r) => r.sourceUrl)).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('a file with no linking-page column is one error on line 1', () => {
    const plan = planBacklinkImport('name,email\nann,a@b.c');
    expect(plan.rows).toEqual([]);
    expect(plan.errors[0]?.line).toBe(1);
  });

  it('pasted URLs: one per line, bad lines reported', () => {
    const plan = planPastedUrls('https://a.example/x\n\n# note\nftp://nope\nhttps://b.example/');
    expect(plan.rows.map((r) => r.sourceUrl)).toEqual(['https://a.example/x', 'https://b.example/']);
    expect(plan.errors).toEqual([{ line: 4, message: expect.stringContaining('ftp://nope') }]);
  });
});
