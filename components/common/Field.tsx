import type { ComponentChildren } from 'preact';

interface Props {
  /** The id of the control inside, which the label points at. */
  id: string;
  label: string;
  /** A line of help under the label; the control should name `${id}-help` in aria-describedby. */
  help?: string;
  /** A validation message under the control (`${id}-error`), announced when it appears. */
  error?: string;
  class?: string;
  children: ComponentChildren;
}

/**
 * A label above its control, tied by `for`/`id` rather than by wrapping: a wrapping label would
 * fold a select's current option into the control's accessible name.
 */
export function Field({ id, label, help, error, class: extra, children }: Props) {
  return (
    <div class={`field${extra ? ` ${extra}` : ''}${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {children}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
