import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MONITOR_COLUMNS, monitorCsv, type MonitorCsvRow } from '@/lib/export/monitor-csv';

const row = (over: Partial<MonitorCsvRow>): MonitorCsvRow => ({
  prospectId: 'p1', pageUrl: 'https://blog.example/post', expected: { targetUrl: 'https://mine.example/', anchorText: 'Mine', rel: [] },
  found: null, state: 'pending', indexable: null, firstSeenAt: null, lastCheckedAt: null, changedAt: null, change: '', ...over,
});

describe('monitored links CSV', () => {
  it('has the documented columns, a BOM, and the found link over the expected one', () => {
    const text = monitorCsv([
      row({}),
      row({ prospectId: 'p2', state: 'nofollowed', indexable: true, found: { targetUrl: 'https://mine.example/', anchorText: '=SUM(A1)', rel: ['nofollow'] }, firstSeenAt: 0, lastCheckedAt: 86_400_000, changedAt: 86_400_000, change: 'rel: "follow" → "nofollow"' }),
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(parsed[0]).toEqual([...MONITOR_COLUMNS]);
    expect(parsed[1]).toEqual(['p1', 'https://blog.example/post', 'https://mine.example/', 'Mine', '', 'pending', '', '', '', '', '']);
    expect(parsed[2]).toEqual(['p2', 'https://blog.example/post', 'https://mine.example/', "'=SUM(A1)", 'nofollow', 'nofollowed', 'yes', '1970-01-01T00:00:00.000Z', '1970-01-02T00:00:00.000Z', '1970-01-02T00:00:00.000Z', 'rel: "follow" → "nofollow"']);
  });
});
