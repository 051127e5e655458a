import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { LinksPanel, type LinksPanelProps } from '@/components/popup/LinksPanel';
import { groupByDomain } from '@/lib/scan/summary';
import type { ScannedLink } from '@/lib/schemas/page-scan';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';

afterEach(cleanup);

function link(url: string, patch: Partial<ScannedLink> = {}): ScannedLink {
  const u = new URL(url);
  return {
    url, key: url, host: u.hostname, outbound: true, toOwnSite: false, rel: [], follow: true, target: '', text: `About ${u.hostname}`,
    position: 'article', count: 1, context: '', ...patch,
  };
}

const LINKS = [
  link('https://a.example/one', { rel: ['nofollow'], follow: false, count: 3 }),
  link('https://a.example/two'),
  link('https://b.example/', { text: '' }),
];

function setup(patch: Partial<LinksPanelProps> = {}) {
  const links = patch.links ?? LINKS;
  const props: LinksPanelProps = {
    links, groups: groupByDomain(links, (h) => h), filter: 'outbound', query: '', grouped: true, rowLimit: 300,
    statusFiltered: false, omitted: 0, listed: links.length, skipped: [], extras: { verdicts: new Map(), onRecheck: vi.fn(), onScrollTo: vi.fn() },
    brokenFirst: false, onBrokenFirst: vi.fn(), checked: false, onFilter: vi.fn(), onQuery: vi.fn(), onGrouped: vi.fn(), onShowMore: vi.fn(), onCopy: vi.fn(),
    ...patch,
  };
  render(<LinksPanel {...props} />);
  return props;
}

describe('LinksPanel', () => {
  it('lists links grouped by domain with their counts, rel badges and anchor text', () => {
    setup();
    const groups = screen.getByRole('list', { name: 'Links grouped by domain' });
    const a = within(groups).getAllByRole('listitem').find((li) => li.getAttribute('data-domain') === 'a.example');
    expect(a && within(a).getByLabelText('4 links')).toBeTruthy();
    expect(screen.getByText('nofollow')).toBeTruthy();
    expect(screen.getByTitle('Appears 3 times on the page').textContent).toBe('×3');
    expect(screen.getByText('(no anchor text)')).toBeTruthy();
  });

  it('lists links ungrouped, and reports the toolbar controls', () => {
    const props = setup({ grouped: false });
    expect(within(screen.getByRole('list', { name: 'Links' })).getAllByTestId('link-row')).toHaveLength(3);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'nofollow' } });
    expect(props.onFilter).toHaveBeenCalledWith('nofollow');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search links by URL or anchor text' }), { target: { value: 'two' } });
    expect(props.onQuery).toHaveBeenCalledWith('two');
    fireEvent.click(screen.getByRole('checkbox', { name: 'By domain' }));
    expect(props.onGrouped).toHaveBeenCalledWith(true);
  });

  it('copies the listed URLs', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy 3 URLs' }));
    expect(props.onCopy).toHaveBeenCalledWith(LINKS.map((l) => l.url));
  });

  it.each([
    [{ query: 'zzz' }, 'No links match “zzz”.'],
    [{ statusFiltered: true }, 'No links with this status in this list.'],
    [{ filter: 'outbound' as const }, 'No outbound links on this page: every link stays on this site.'],
    [{ filter: 'own' as const }, 'No links to your sites on this page. Add your domains in Settings to spot them.'],
  ])('says why nothing is listed: %j', (patch, text) => {
    setup({ links: [], ...patch });
    expect(screen.getByRole('status').textContent).toContain(text);
    expect((screen.getByRole('button', { name: 'Copy 0 URLs' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('renders a long list a page at a time', () => {
    const many = Array.from({ length: 5 }, (_, i) => link(`https://c.example/${i}`));
    const props = setup({ links: many, grouped: false, rowLimit: 2 });
    expect(screen.getAllByTestId('link-row')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Show 3 more (2 of 5 shown)' }));
    expect(props.onShowMore).toHaveBeenCalledOnce();
  });

  it('says when a very long page lists only part of its links', () => {
    setup({ omitted: 5, listed: 3 });
    expect(screen.getByRole('note').textContent).toBe('This page has 8 distinct links; the first 3 are listed and counted above.');
  });

  it('shows a verdict with its evidence and re-checks one link', () => {
    const verdict: LinkVerdict = {
      url: LINKS[1]!.url, class: 'broken', httpStatus: 404, finalUrl: null, hops: [],
      requests: [{ method: 'HEAD', url: LINKS[1]!.url, status: 404, error: null, headers: {}, startedAt: 1, durationMs: 12 }],
      reason: 'The server answered 404 Not Found.', checkedAt: 1, durationMs: 12,
    };
    const props = setup({ grouped: false, extras: { verdicts: new Map([[LINKS[1]!.key, verdict]]), onRecheck: vi.fn(), onScrollTo: vi.fn() } });
    expect(screen.getByText('Why “Broken”?')).toBeTruthy();
    expect(screen.getByText('The server answered 404 Not Found.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Re-check this link' }));
    expect(props.extras.onRecheck).toHaveBeenCalledWith(LINKS[1]);
  });

  it('shows the check bar it is given between the toolbar and the list', () => {
    render(
      <LinksPanel {...{ links: [], groups: [], filter: 'all', query: '', grouped: true, rowLimit: 300, statusFiltered: false, omitted: 0, listed: 0, skipped: [], extras: { verdicts: new Map(), onRecheck: vi.fn(), onScrollTo: vi.fn() }, brokenFirst: false, onBrokenFirst: vi.fn(), checked: false, onFilter: vi.fn(), onQuery: vi.fn(), onGrouped: vi.fn(), onShowMore: vi.fn(), onCopy: vi.fn() }}>
        <div role="group" aria-label="Link checking" />
      </LinksPanel>,
    );
    expect(screen.getByRole('group', { name: 'Link checking' })).toBeTruthy();
  });
});
