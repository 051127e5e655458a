import type { ComponentChildren } from 'preact';

interface Props {
  /** The id of the control inside, which the label points at. */
  id: string;
  label: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * A label above its control, tied by `for`/`id` rather than by wrapping: a wrapping label would
 * fold a select's current option into the control's accessible name.
 */
export function Field({ id, label, class: extra, children }: Props) {
  return (
    <div class={`field${extra ? ` ${extra}` : ''}`}>
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}
