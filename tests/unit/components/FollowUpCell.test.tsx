import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { FollowUpCell } from '@/components/dashboard/FollowUpCell';
import { dayStart } from '@/lib/state/dashboard/dates';

afterEach(cleanup);

const DAY = dayStart('2025-03-04');

function setup(value: number | null) {
  const onChange = vi.fn();
  const view = render(<FollowUpCell value={value} name="Best garden tools" onChange={onChange} />);
  return { onChange, view };
}

describe('FollowUpCell', () => {
  it('shows the date as a button named for the prospect, with no date field until asked', () => {
    setup(DAY);
    expect(screen.getByRole('button', { name: 'Follow-up date of Best garden tools: 2025-03-04' })).toBeTruthy();
    expect(document.querySelector('input[type="date"]')).toBeNull();
  });

  it('says "none" to assistive technology when no follow-up is set', () => {
    setup(null);
    expect(screen.getByRole('button', { name: 'Follow-up date of Best garden tools: none' })).toBeTruthy();
  });

  it('becomes a focused date field on click; a change is saved and leaving the field shows the button again', () => {
    const { onChange } = setup(DAY);
    fireEvent.click(screen.getByRole('button', { name: /Follow-up date of Best garden tools/ }), { detail: 1 });
    const field = screen.getByLabelText('Follow-up date of Best garden tools') as HTMLInputElement;
    expect(field.type).toBe('date');
    expect(field.value).toBe('2025-03-04');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: '2025-04-01' } });
    expect(onChange).toHaveBeenLastCalledWith(dayStart('2025-04-01'));
    fireEvent.change(field, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
    fireEvent.blur(field);
    expect(screen.queryByLabelText('Follow-up date of Best garden tools')).toBeNull();
    expect(screen.getByRole('button', { name: /Follow-up date of Best garden tools/ })).toBeTruthy();
  });

  it('from the keyboard: Enter opens the field, Escape closes it and focus returns to the button', () => {
    setup(DAY);
    const button = screen.getByRole('button', { name: /Follow-up date of Best garden tools/ });
    fireEvent.click(button, { detail: 0 }); // what Enter or Space on a button dispatches
    const field = screen.getByLabelText('Follow-up date of Best garden tools');
    expect(document.activeElement).toBe(field);
    fireEvent.keyDown(field, { key: 'Escape' });
    const back = screen.getByRole('button', { name: /Follow-up date of Best garden tools/ });
    expect(document.activeElement).toBe(back);
  });

  it('opens the calendar only for a pointer click', () => {
    const showPicker = vi.fn();
    const original = HTMLInputElement.prototype.showPicker;
    HTMLInputElement.prototype.showPicker = showPicker;
    try {
      setup(DAY);
      fireEvent.click(screen.getByRole('button', { name: /Follow-up date/ }), { detail: 0 });
      expect(showPicker).not.toHaveBeenCalled();
      fireEvent.keyDown(screen.getByLabelText('Follow-up date of Best garden tools'), { key: 'Escape' });
      fireEvent.click(screen.getByRole('button', { name: /Follow-up date/ }), { detail: 1 });
      expect(showPicker).toHaveBeenCalledTimes(1);
    } finally {
      HTMLInputElement.prototype.showPicker = original;
    }
  });
});
