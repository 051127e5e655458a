import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OptionsForm } from '@/components/options/OptionsForm';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schemas/settings';
import { createOptionsState } from '@/lib/state/options/state';
import { createOptionsActions } from '@/lib/state/options/actions';
import { toDraft } from '@/lib/state/options/draft';

afterEach(cleanup);

/** The options page as the user meets it: the container, the form, real validation, a stubbed store. */
function openOptions(save: (s: Settings) => Promise<Settings> = async (s) => s) {
  const state = createOptionsState();
  const saved: Settings[] = [];
  const actions = createOptionsActions(state, {
    load: async () => ({ settings: DEFAULT_SETTINGS, problems: [] }),
    save: async (s) => {
      saved.push(s);
      return save(s);
    },
  });
  render(<OptionsApp state={state} actions={actions} />);
  return { state, actions, saved };
}

describe('the options form', () => {
  it('shows a loading state, then the settings', async () => {
    const { actions } = openOptions();
    expect(screen.getByRole('status').textContent).toBe('Loading settings…');
    await actions.load();
    expect(await screen.findByLabelText('Your domains')).toBeTruthy();
    expect((screen.getByLabelText('Timeout (seconds)') as HTMLInputElement).value).toBe(String(DEFAULT_SETTINGS.checker.timeoutMs / 1000));
  });

  it('explains invalid values in place and saves nothing', async () => {
    const { actions, saved } = openOptions();
    await actions.load();
    fireEvent.input(await screen.findByLabelText('Your domains'), { target: { value: 'example.com\nnot a domain' } });
    fireEvent.input(screen.getByLabelText('Timeout (seconds)'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByText('Some settings need fixing (see the highlighted fields).')).toBeTruthy());
    const domains = screen.getByLabelText('Your domains');
    expect(domains.getAttribute('aria-invalid')).toBe('true');
    expect(domains.getAttribute('aria-describedby')).toBe('ownDomains-help ownDomains-error');
    expect(document.getElementById('ownDomains-error')?.textContent).toBe('"not a domain" is not a domain name');
    expect(screen.getByLabelText('Timeout (seconds)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Enter a timeout between 1 and 60 seconds');
    expect(saved).toEqual([]);
  });

  it('saves normalised settings and says so', async () => {
    const { actions, saved } = openOptions();
    await actions.load();
    fireEvent.input(await screen.findByLabelText('Your domains'), { target: { value: 'https://www.Example.com/blog' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Check links to private networks/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByText('Settings saved.')).toBeTruthy());
    expect(saved[0]?.ownDomains).toEqual(['example.com']);
    expect(saved[0]?.checker.allowPrivateNetwork).toBe(true);
    expect((screen.getByLabelText('Your domains') as HTMLTextAreaElement).value).toBe('example.com');
  });

  it('offers the one-click link opt-in, off, with its risk explained, and saves and reads it back', async () => {
    const { actions, saved } = openOptions();
    await actions.load();
    const box = (await screen.findByRole('checkbox', { name: /Check one-click links that carry a token/ })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    const help = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toMatch(/use up a one-time sign-in/);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByText('Settings saved.')).toBeTruthy());
    expect(saved[0]?.checker.allowOneClickLinks).toBe(true);
    expect(saved[0]?.checker.allowPrivateNetwork).toBe(false);
    expect((screen.getByRole('checkbox', { name: /Check one-click links/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('reports a failed save', async () => {
    const { actions } = openOptions(async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    });
    await actions.load();
    fireEvent.click(await screen.findByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByText('Settings could not be saved: QUOTA_BYTES quota exceeded')).toBeTruthy());
  });

  it('disables saving while a save is under way', () => {
    render(<OptionsForm draft={toDraft(DEFAULT_SETTINGS)} errors={{}} status={{ kind: 'saving' }} onChange={vi.fn()} onSubmit={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Saving…' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
