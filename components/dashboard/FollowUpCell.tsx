import { useEffect, useRef, useState } from 'preact/hooks';
import { dayStart, formatDay, toDayInput } from '@/lib/state/dashboard/dates';

interface Props {
  value: number | null;
  /** The prospect's name, for the control's accessible name. */
  name: string;
  onChange: (followUpAt: number | null) => void;
}

/**
 * A follow-up date edited in place. It shows as a button with the date, and becomes a date field
 * when the user clicks it or presses Enter or Space on it (with the browser's calendar open when
 * clicked). Fifty date fields on a page cost the list's first paint more than all its other cells
 * together; buttons cost a fraction of that, so only the field being edited is a real one.
 */
export function FollowUpCell({ value, name, onChange }: Props) {
  const [editing, setEditing] = useState<null | 'pointer' | 'keyboard'>(null);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) {
      const field = input.current;
      field?.focus();
      // Opening the calendar needs the click's user activation; some browsers refuse, and the field stays.
      if (editing === 'pointer') {
        try {
          field?.showPicker();
        } catch {
          /* the field itself is enough */
        }
      }
    } else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const close = (focusButton: boolean) => {
    // The blur that follows the field's removal must not cancel the focus asked for by Escape or Enter.
    if (focusButton) returnFocus.current = true;
    setEditing(null);
  };

  if (!editing) {
    const text = formatDay(value);
    return (
      <button
        ref={button}
        type="button"
        class={`followup-button${value === null ? ' unset' : ''}`}
        // A click from the keyboard has no pointer position (detail 0): the field then opens without its calendar.
        onClick={(e) => setEditing(e.detail === 0 ? 'keyboard' : 'pointer')}
      >
        <span class="visually-hidden">Follow-up date of {name}: </span>
        {text || (
          <>
            <span aria-hidden="true">—</span>
            <span class="visually-hidden">none</span>
          </>
        )}
      </button>
    );
  }
  return (
    <input
      ref={input}
      type="date"
      class="followup-input"
      value={toDayInput(value)}
      aria-label={`Follow-up date of ${name}`}
      onChange={(e) => onChange(dayStart(e.currentTarget.value))}
      onBlur={() => close(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || e.key === 'Enter') {
          e.preventDefault();
          close(true);
        }
      }}
    />
  );
}
