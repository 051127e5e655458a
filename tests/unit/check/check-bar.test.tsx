import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { VerdictDetails } from '@/components/popup/VerdictDetails';
import { ageText, oldestEarlier } from '@/components/popup/verdict-age';
import { CheckBar as Bar, type CheckBarProps } from '@/components/popup/CheckBar';
import type { CheckJob } from '@/lib/db/check-records';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { ScannedLink } from '@/lib/schemas/page-scan';

const none = () => undefined;
function CheckBar(props: Partial<CheckBarProps> & { job: CheckJob }) {
  const running = props.job.state === 'running' || props.job.state === 'queued';
  return (
    <Bar
      running={running} counts={new Map()} scope="outbound" classFilter="any" error=""
      onScope={none} onClassFilter={none} onCheck={none} onCancel={none} onExport={none} {...props}
    />
  );
}
const verdict = (url: string, checkedAt: number, extra: Partial<LinkVerdict> = {}): LinkVerdict => ({
  url, class: 'ok', httpStatus: 200, finalUrl: url, hops: [], requests: [], reason: '200 OK', checkedAt, durationMs: 3, ...extra,
});

describe('check bar and verdict details', () => {
  it.each([
    [30_000, 'just now'], [5 * 60_000, '5 min ago'], [3 * 3600_000 + 59_000, '3 h ago'], [72 * 3600_000, '3 days ago'],
  ])('says the age of %i ms as "%s"', (age, text) => {
    expect(ageText(1_000_000_000 - age, 1_000_000_000)).toBe(text);
  });

  it('says the check waits for the network, how many links are left, and that nothing was called broken', () => {
    const job: CheckJob = { id: 'j', pageUrl: 'https://p.example/', createdAt: Date.now(), state: 'running', total: 50, done: 8, paused: { reason: 'offline', since: Date.now(), pending: 42 } };
    render(<CheckBar job={job} />);
    expect(screen.getByRole('status').textContent).toMatch(/You appear to be offline — 42 links not checked yet/);
    expect(screen.getByTestId('check-progress').textContent).toMatch(/8 \/ 50 checked \(paused\)/);
  });

  it('says when results come from an earlier check, with the oldest age', () => {
    const now = Date.now();
    const job: CheckJob = { id: 'j', pageUrl: 'https://p.example/', createdAt: now, state: 'done', total: 2, done: 2 };
    const earlierAt = oldestEarlier([verdict('a', now - 3 * 3600_000), verdict('b', now)], job, now);
    render(<CheckBar job={job} earlierAt={earlierAt} />);
    expect(screen.getByTestId('verdict-age').textContent).toMatch(/oldest 3 h ago/);
  });

  it('shows each request with its URL, and a meta refresh as a hop', () => {
    const link = { key: 'https://a.example/', url: 'https://a.example/', text: 'A', context: '', position: 'main' } as unknown as ScannedLink;
    const v = verdict('https://a.example/', Date.now() - 2 * 3600_000, {
      hops: [{ from: 'https://a.example/', to: 'https://a.example/new', status: 200, via: 'meta-refresh' }],
      requests: [
        { method: 'HEAD', url: 'https://a.example/', status: 429, error: null, headers: { 'retry-after': '1' }, startedAt: 0, durationMs: 2 },
        { method: 'HEAD', url: 'https://a.example/', status: 200, error: null, headers: {}, startedAt: 1000, durationMs: 2 },
      ],
    });
    render(<VerdictDetails link={link} verdict={v} onRecheck={() => undefined} />);
    const requests = screen.getByRole('list', { name: 'Requests made' });
    expect(requests.textContent).toMatch(/HEAD 429.*HEAD 200/s);
    expect(screen.getByRole('list', { name: 'Redirect hops' }).textContent).toMatch(/meta refresh → https:\/\/a\.example\/new/);
    expect(screen.getByTestId('checked-at').textContent).toMatch(/Checked 2 h ago/);
  });
});
