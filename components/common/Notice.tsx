/** A passing message: announced to screen readers once, and shown as a toast while it lasts. */
export function Notice({ text }: { text: string | null }) {
  return (
    <>
      <p class="visually-hidden" role="status" aria-live="polite">
        {text}
      </p>
      {text && (
        <p class="toast" aria-hidden="true">
          {text}
        </p>
      )}
    </>
  );
}
