import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { TemplateEditor } from '@/components/dashboard/TemplateEditor';
import type { TemplateDraft } from '@/lib/db/outreach-templates';
import { blankTemplate, draftErrors } from '@/lib/state/dashboard/templates';
import { lintStepDetail } from '@/lib/outreach/lint';

afterEach(cleanup);

/** The editor with its draft held like the Templates view holds it, linted on every change. */
function Harness({ initial, onSave }: { initial: TemplateDraft; onSave: (d: TemplateDraft) => void }) {
  const [draft, setDraft] = useState(initial);
  return (
    <TemplateEditor
      draft={draft}
      errors={draftErrors(draft)}
      warnings={draft.steps.flatMap((s, i) => lintStepDetail(s, `Step ${i + 1}`).warnings)}
      status={{ kind: 'idle' }}
      onChange={setDraft}
      onSave={() => onSave(draft)}
      onClose={() => undefined}
    />
  );
}

describe('template editor', () => {
  it('edits name, subject and body, adds a follow-up step with its wait, and saves', async () => {
    const onSave = vi.fn();
    render(<Harness initial={blankTemplate()} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Template name'), { target: { value: 'Resource pitch' } });
    fireEvent.input(screen.getByLabelText('Subject (step 1)'), { target: { value: 'About {page_title|your list}' } });
    fireEvent.input(screen.getByLabelText('Body (step 1)'), { target: { value: 'Hi {first_name|there}, see {my_site}.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a follow-up step' }));
    fireEvent.input(await screen.findByLabelText('Wait before step 2 (days)'), { target: { value: '4' } });
    fireEvent.input(screen.getByLabelText('Body (step 2)'), { target: { value: 'Just checking in.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(onSave).toHaveBeenCalledWith({
      name: 'Resource pitch',
      opportunityType: 'other',
      steps: [
        { subject: 'About {page_title|your list}', body: 'Hi {first_name|there}, see {my_site}.', waitDays: 4 },
        { subject: 'Re: {page_title|my last e-mail}', body: 'Just checking in.', waitDays: 5 },
      ],
    });
  });

  it('names an unclosed brace and an unknown field, and will not save', async () => {
    const onSave = vi.fn();
    render(<Harness initial={blankTemplate()} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Body (step 1)'), { target: { value: 'Hi {first_name, about {pagetitle}' } });
    const problems = await screen.findByRole('alert', { name: 'Fix before saving' });
    expect(problems.textContent).toContain('The "{" at line 1, column 4 is never closed');
    expect(problems.textContent).toContain('{pagetitle} is not a merge field. Did you mean {page_title}?');
    const save = screen.getByRole('button', { name: 'Save template' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('warns of a placeholder but lets the template be saved', async () => {
    const onSave = vi.fn();
    render(<Harness initial={blankTemplate()} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Body (step 1)'), { target: { value: 'My answer: [write it]' } });
    expect(await screen.findByText(/"\[write it\]" looks like a placeholder/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('removes a step and lists the merge fields', async () => {
    render(<Harness initial={{ ...blankTemplate(), steps: [{ subject: 'A', body: 'a', waitDays: 2 }, { subject: 'B', body: 'b', waitDays: 0 }] }} onSave={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 2' }));
    expect(screen.queryByLabelText('Body (step 2)')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove step 1' })).toBeNull();
    expect(screen.getByText('{replacement_url}')).toBeTruthy();
  });
});
