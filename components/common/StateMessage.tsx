import type { ComponentChildren } from 'preact';

interface Props {
  tone: 'loading' | 'info' | 'empty' | 'error';
  title: string;
  testId?: string;
  children?: ComponentChildren;
}

/** A view's loading, empty, restricted or error state, announced to screen readers. */
export function StateMessage({ tone, title, testId, children }: Props) {
  return (
    <section class={`state-message ${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-live="polite" data-testid={testId}>
      {tone === 'loading' && <div class="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {children}
    </section>
  );
}
