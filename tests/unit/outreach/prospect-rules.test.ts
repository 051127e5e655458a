import { describe, expect, it } from 'vitest';
import { blockingEntry, blockMessage, parseDoNotContact } from '@/lib/outreach/do-not-contact';
import { firstNameFromAuthor, firstNameFromEmail, mergeValuesFor } from '@/lib/outreach/merge-values';
import { GENTLE_DAILY_LIMIT, pacingHint, startOfDay } from '@/lib/outreach/pacing';
import { STARTER_TEMPLATES } from '@/lib/outreach/starter-templates';
import { lintStep } from '@/lib/outreach/lint';
import { templateSchema, type DoNotContact } from '@/lib/schemas/outreach';
import { makeProspect } from '../db/fixtures';

describe('do not contact', () => {
  it.each([
    ['Example.COM', { ok: true, kind: 'domain', value: 'example.com' }],
    ['https://www.example.com/contact', { ok: true, kind: 'domain', value: 'example.com' }],
    ['mailto:Ann@Example.com', { ok: true, kind: 'email', value: 'ann@example.com' }],
    ['ann@', { ok: false }],
    ['not a domain', { ok: false }],
    ['localhost', { ok: false }],
    ['', { ok: false }],
  ])('reads %j', (input, expected) => {
    expect(parseDoNotContact(input)).toMatchObject(expected);
  });

  const entries: DoNotContact[] = [
    { id: '1', kind: 'domain', value: 'blocked.example', reason: 'asked us to stop', createdAt: 1 },
    { id: '2', kind: 'email', value: 'ann@other.example', reason: '', createdAt: 1 },
  ];

  it('matches a domain, its subdomains and its addresses; an address exactly', () => {
    expect(blockingEntry(entries, { domain: 'blocked.example', emails: [] })?.id).toBe('1');
    expect(blockingEntry(entries, { domain: 'blog.blocked.example', emails: [] })?.id).toBe('1');
    expect(blockingEntry(entries, { domain: 'fine.example', emails: ['x@mail.blocked.example'] })?.id).toBe('1');
    expect(blockingEntry(entries, { domain: 'other.example', emails: ['ANN@other.example'] })?.id).toBe('2');
    expect(blockingEntry(entries, { domain: 'other.example', emails: ['bob@other.example'] })).toBeNull();
    expect(blockingEntry(entries, { domain: 'notblocked.example', emails: [] })).toBeNull();
  });

  it('says why compose is blocked', () => {
    expect(blockMessage(entries[0]!)).toBe('Do not contact: the domain blocked.example is on your do-not-contact list (asked us to stop). Compose is blocked.');
  });
});

describe('merge values', () => {
  it.each([
    ['maya.green@x.example', 'Maya'],
    ['MAYA@x.example', 'Maya'],
    ['info@x.example', ''],
    ['editor.team@x.example', ''],
    ['mg1984@x.example', ''],
  ])('first name from %s', (email, name) => {
    expect(firstNameFromEmail(email)).toBe(name);
  });

  it.each([['By Dr. maya Green', 'Maya'], ['The Editorial Team Of Many Words', ''], ['José', 'José'], ['@handle', '']])('first name from author %j', (author, name) => {
    expect(firstNameFromAuthor(author)).toBe(name);
  });

  it('fills every field from the prospect and the sender', () => {
    const p = makeProspect('https://www.hive.example/links', {
      title: 'Bee links',
      contacts: [{ kind: 'email', value: 'info@hive.example', source: 'mailto link' }, { kind: 'author', value: 'Maya Green', source: 'byline' }],
      brokenLinks: [{ url: 'https://dead.example/', anchorText: 'old guide', httpStatus: 404, statusClass: 'broken' }],
    });
    expect(mergeValuesFor(p, { myName: 'Sam', mySite: 'https://sam.example/' })).toEqual({
      first_name: 'Maya', site_name: 'hive.example', page_title: 'Bee links', page_url: 'https://www.hive.example/links',
      broken_url: 'https://dead.example/', broken_anchor: 'old guide', replacement_url: 'https://sam.example/', my_site: 'https://sam.example/', my_name: 'Sam',
    });
    expect(mergeValuesFor(p, { myName: '', mySite: '' }, ' https://sam.example/guide ').replacement_url).toBe('https://sam.example/guide');
  });
});

describe('pacing', () => {
  const now = new Date(2026, 10, 29, 15, 0).getTime();
  it('counts sends since local midnight and turns cautious past the gentle limit', () => {
    const yesterday = startOfDay(now) - 1;
    expect(pacingHint([yesterday, now - 1000, now - 2000], now)).toEqual({ sentToday: 2, caution: false, text: '2 sent today' });
    const many = pacingHint(Array.from({ length: GENTLE_DAILY_LIMIT }, (_, i) => now - i), now);
    expect(many.caution).toBe(true);
    expect(many.text).toContain(`${GENTLE_DAILY_LIMIT} sent today.`);
  });
});

describe('starter templates', () => {
  it('are valid templates whose every step parses', () => {
    for (const t of STARTER_TEMPLATES) {
      expect(templateSchema.safeParse({ ...t, createdAt: 0, updatedAt: 0 }).success).toBe(true);
      const problems = t.steps.flatMap((s, i) => lintStep(s, `Step ${i + 1}`));
      // Only the journalist answer is left for the user to write.
      expect(problems.every((p) => p.includes('[your answer'))).toBe(true);
    }
  });
});
