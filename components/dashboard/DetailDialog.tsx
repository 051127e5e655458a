import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * A modal side panel on the native `<dialog>`: the browser traps focus inside it and closes it on
 * Escape. Focus goes to its heading on open and back to what had it on close.
 */
export function DetailDialog({ title, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    heading.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      class="detail"
      aria-labelledby="detail-title"
      data-testid="detail"
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === dialog.current) dialog.current?.close();
      }}
    >
      <div class="detail-inner">
        <header class="detail-header">
          <h2 id="detail-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} aria-label="Close details">
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
