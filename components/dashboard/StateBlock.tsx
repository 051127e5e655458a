import type { ComponentChildren } from 'preact';

interface Props {
  tone: 'loading' | 'empty' | 'error';
  title: string;
  testId?: string;
  children?: ComponentChildren;
}

/** The loading, empty and error states of a dashboard view. */
export function StateBlock({ tone, title, testId, children }: Props) {
  return (
    <section class={`dash-state ${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {tone === 'loading' && <div class="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {children}
    </section>
  );
}
