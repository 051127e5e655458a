import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { SaveBar } from '@/components/popup/SaveBar';
import type { Prospect } from '@/lib/schemas/prospect';
import { makeProspect } from '../db/fixtures';

afterEach(cleanup);

type Props = Parameters<typeof SaveBar>[0];

function setup(patch: Partial<Props> = {}) {
  const props: Props = {
    saved: null, domain: null, campaigns: [{ id: 'c1', name: 'Spring outreach', createdAt: 1 }], busy: false, error: '',
    onSave: vi.fn(), onEdit: vi.fn(), onOpenDashboard: vi.fn(),
    ...patch,
  };
  render(<SaveBar {...props} />);
  return props;
}

const saved = (patch: Partial<Prospect> = {}) => makeProspect('https://blog.example/post', { tags: ['diy'], notes: 'Met at a fair', ...patch });

describe('SaveBar', () => {
  it('saves the page in one click and opens the dashboard', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Save prospect' }));
    expect(props.onSave).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Dashboard' }));
    expect(props.onOpenDashboard).toHaveBeenCalledOnce();
  });

  it('shows the save in progress and does not save twice', () => {
    setup({ busy: true });
    expect((screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('tells of other prospects on the domain, not counting the page itself once saved', () => {
    setup({ domain: { count: 3, lastStatus: 'contacted', lastUpdatedAt: 1 }, saved: saved() });
    expect(screen.getByTestId('domain-note').textContent).toBe('2 other prospects on this domain, last status contacted');
  });

  it('says nothing of the domain when the saved page is its only prospect', () => {
    setup({ domain: { count: 1, lastStatus: 'new', lastUpdatedAt: 1 }, saved: saved() });
    expect(screen.queryByTestId('domain-note')).toBeNull();
  });

  it('edits a saved prospect in place: status, type, tags, campaign, notes', () => {
    const props = setup({ saved: saved() });
    expect(screen.getByTestId('saved-mark').textContent).toContain('Saved');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'contacted' } });
    expect(props.onEdit).toHaveBeenLastCalledWith({ status: 'contacted' });
    fireEvent.change(screen.getByLabelText('Opportunity type'), { target: { value: 'guest-post' } });
    expect(props.onEdit).toHaveBeenLastCalledWith({ opportunityType: 'guest-post' });
    const tags = screen.getByLabelText('Tags (comma-separated)') as HTMLInputElement;
    expect(tags.value).toBe('diy');
    fireEvent.change(tags, { target: { value: ' diy, garden  tools ,diy,, ' } });
    expect(props.onEdit).toHaveBeenLastCalledWith({ tags: ['diy', 'garden tools'] });
    fireEvent.change(screen.getByLabelText('Campaign'), { target: { value: 'c1' } });
    expect(props.onEdit).toHaveBeenLastCalledWith({ campaignId: 'c1' });
    fireEvent.change(screen.getByLabelText('Campaign'), { target: { value: '' } });
    expect(props.onEdit).toHaveBeenLastCalledWith({ campaignId: null });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Wrote on Monday' } });
    expect(props.onEdit).toHaveBeenLastCalledWith({ notes: 'Wrote on Monday' });
  });

  it('adds a contact by hand, telling e-mail, page and phone apart, and removes one', () => {
    const props = setup({ saved: saved({ contacts: [{ kind: 'email', value: 'ed@blog.example', source: 'mailto link' }] }) });
    const input = screen.getByLabelText('Add a contact (e-mail, phone or URL)');
    fireEvent.input(input, { target: { value: 'Ann@Blog.Example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(props.onEdit).toHaveBeenLastCalledWith({
      contacts: [
        { kind: 'email', value: 'ed@blog.example', source: 'mailto link' },
        { kind: 'email', value: 'ann@blog.example', source: 'added by hand' },
      ],
    });
    (input as HTMLInputElement).value = 'https://blog.example/contact';
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(props.onEdit).toHaveBeenLastCalledWith({ contacts: [expect.anything(), { kind: 'contact-page', value: 'https://blog.example/contact', source: 'added by hand' }] });
    (input as HTMLInputElement).value = '+1 555 0100';
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(props.onEdit).toHaveBeenLastCalledWith({ contacts: [expect.anything(), { kind: 'phone', value: '+1 555 0100', source: 'added by hand' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove ed@blog.example' }));
    expect(props.onEdit).toHaveBeenLastCalledWith({ contacts: [] });
  });

  it('announces a failed save', () => {
    setup({ error: 'Saving the prospect failed: the disk is full' });
    expect(screen.getByRole('alert').textContent).toBe('Saving the prospect failed: the disk is full');
  });
});
