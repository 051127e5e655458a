import type { ComponentChildren } from 'preact';

interface Props {
  tone: 'loading' | 'info' | 'error';
  title: string;
  children?: ComponentChildren;
}

/** The popup's loading, empty, restricted and error states. */
export function StateMessage({ tone, title, children }: Props) {
  return (
    <section class={`state ${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite">
      {tone === 'loading' && <div class="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {children}
    </section>
  );
}
