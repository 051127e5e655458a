import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ComposePanel } from '@/components/common/ComposePanel';
import { createOutreachState } from '@/lib/state/outreach-state';
import { createComposeActions, createComposeState } from '@/lib/state/compose-state';
import { saveTemplate } from '@/lib/db/outreach-templates';
import type { LinkscoutDb } from '@/lib/db/database';
import type { Prospect } from '@/lib/schemas/prospect';
import type { Template } from '@/lib/schemas/outreach';
import { freshDb, makeProspect } from '../db/fixtures';

let db: LinkscoutDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const pitch = { name: 'Broken link', opportunityType: 'broken-link' as const, steps: [
  { subject: 'Dead link on {page_title}', body: 'Hi {first_name|there},\n{broken_url} is dead. Try {replacement_url}.\n{my_name}', waitDays: 5 },
  { subject: 'Re: {page_title}', body: 'Any thoughts?', waitDays: 0 },
] };

const prospect = (over: Partial<Prospect> = {}) =>
  makeProspect('https://hive.example/links', {
    title: 'Bee links',
    opportunityType: 'broken-link',
    contacts: [{ kind: 'email', value: 'maya@hive.example', source: 'mailto link' }],
    brokenLinks: [{ url: 'https://dead.example/guide', anchorText: 'guide', httpStatus: 404, statusClass: 'broken' }],
    ...over,
  });

async function setup(p: Prospect, templates?: Template[]) {
  await db.prospects.add(p);
  const template = await saveTemplate(db, pitch);
  const outreach = createOutreachState();
  outreach.templates.value = templates ?? [template];
  outreach.doNotContact.value = [];
  outreach.settings.value = { myName: 'Sam', mySite: 'https://sam.example/', gmailAccount: '2', outlook: 'office' };
  const compose = createComposeState();
  const writeClipboard = vi.fn(async (_text: string) => undefined);
  const actions = createComposeActions(compose, { db, writeClipboard, now: () => 1_000 });
  render(<ComposePanel prospect={p} outreach={outreach} compose={compose} actions={actions} />);
  return { outreach, compose, writeClipboard, template };
}

describe('compose panel', () => {
  it('previews the merged message and offers every route with the right address', async () => {
    const { writeClipboard } = await setup(prospect());
    expect(screen.getByText('Dead link on Bee links')).toBeTruthy();
    expect(screen.getByTestId('compose-body').textContent).toBe('Hi Maya,\nhttps://dead.example/guide is dead. Try https://sam.example/.\nSam');
    const gmail = new URL(screen.getByRole('link', { name: 'Open in Gmail' }).getAttribute('href') ?? '');
    expect(gmail.pathname).toBe('/mail/u/2/');
    expect(gmail.searchParams.get('to')).toBe('maya@hive.example');
    expect(screen.getByRole('link', { name: 'Open in Outlook' }).getAttribute('href')).toMatch(/^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?to=maya%40hive\.example/);
    expect(screen.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toMatch(/^mailto:maya@hive\.example\?subject=Dead%20link%20on%20Bee%20links&body=Hi%20Maya%2C%0D%0A/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy subject and body' }));
    await waitFor(() => expect(writeClipboard).toHaveBeenCalledWith(expect.stringMatching(/^Subject: Dead link on Bee links\n\nHi Maya,/)));
  });

  it('uses the replacement page typed in', async () => {
    await setup(prospect());
    fireEvent.input(screen.getByLabelText('Replacement page (your URL)'), { target: { value: 'https://sam.example/bees' } });
    await waitFor(() => expect(screen.getByTestId('compose-body').textContent).toContain('Try https://sam.example/bees.'));
  });

  it('blocks a prospect on the do-not-contact list', async () => {
    const p = prospect();
    await db.prospects.add(p);
    const outreach = createOutreachState();
    outreach.templates.value = [await saveTemplate(db, pitch)];
    outreach.doNotContact.value = [{ id: 'd', kind: 'domain', value: 'hive.example', reason: 'asked', createdAt: 1 }];
    const compose = createComposeState();
    render(<ComposePanel prospect={p} outreach={outreach} compose={compose} actions={createComposeActions(compose, { db, writeClipboard: vi.fn() })} />);
    expect(screen.getByRole('alert').textContent).toContain('Do not contact: the domain hive.example is on your do-not-contact list (asked)');
    expect(screen.queryByRole('link', { name: 'Open in Gmail' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Mark step/ })).toBeNull();
  });

  it('names what is missing and disables every route: no e-mail, no broken link', async () => {
    await setup(prospect({ contacts: [], brokenLinks: [] }));
    const problems = screen.getByRole('alert', { name: 'Fix before sending' });
    expect(problems.textContent).toContain('This prospect has no e-mail address');
    expect(problems.textContent).toContain('{broken_url} is empty for this prospect');
    expect(screen.queryByRole('link', { name: 'Open in Gmail' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Open in Gmail' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Mark step 1 sent' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('sends a long body through the clipboard for the mail app and says so', async () => {
    const long = { ...pitch, steps: [{ subject: 'Long one', body: 'word '.repeat(600), waitDays: 0 }] };
    const p = prospect();
    await db.prospects.add(p);
    const outreach = createOutreachState();
    outreach.templates.value = [await saveTemplate(db, long)];
    outreach.doNotContact.value = [];
    const compose = createComposeState();
    const writeClipboard = vi.fn(async (_text: string) => undefined);
    render(<ComposePanel prospect={p} outreach={outreach} compose={compose} actions={createComposeActions(compose, { db, writeClipboard })} />);
    const mail = screen.getByRole('link', { name: 'Open in mail app' });
    expect(mail.getAttribute('href')).toBe('mailto:maya@hive.example?subject=Long%20one');
    mail.addEventListener('click', (e) => e.preventDefault());
    fireEvent.click(mail);
    await waitFor(() => expect(writeClipboard).toHaveBeenCalledWith('word '.repeat(600)));
    expect(await screen.findByText(/the body is copied — paste it in/)).toBeTruthy();
  });

  it('marks the step sent: contacted, follow-up set, next step offered', async () => {
    const p = prospect();
    const { compose, template } = await setup(p);
    fireEvent.click(screen.getByRole('button', { name: 'Mark step 1 sent' }));
    expect(await screen.findByText(/^Marked step 1 as sent\. Follow-up reminder set for/)).toBeTruthy();
    const stored = await db.prospects.get(p.id);
    expect(stored).toMatchObject({ status: 'contacted', followUpAt: 1_000 + 5 * 86_400_000 });
    expect(stored?.history.at(-1)).toEqual({ kind: 'sent', at: 1_000, templateId: template.id, templateName: 'Broken link', step: 0 });
    expect(compose.step.value).toBeNull();
    // The panel follows the stored prospect: the next render offers step 2.
    cleanup();
    const outreach = createOutreachState();
    outreach.templates.value = [template];
    outreach.doNotContact.value = [];
    render(<ComposePanel prospect={stored!} outreach={outreach} compose={compose} actions={createComposeActions(compose, { db, writeClipboard: vi.fn() })} />);
    expect(screen.getByRole('button', { name: 'Mark step 2 sent' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Step' }) as HTMLSelectElement).value).toBe('1');
  });
});
