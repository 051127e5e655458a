import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  onConfirm: () => void;
  onClose: () => void;
}

const WORD = 'DELETE';

/** "Delete all data" only after typing DELETE; Escape or Cancel leaves everything as it was. */
export function DeleteAllDialog({ onConfirm, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="delete-all-title" aria-describedby="delete-all-text" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (typed !== WORD) return;
          onConfirm();
          dialog.current?.close();
        }}
      >
        <h2 id="delete-all-title">Delete all data?</h2>
        <p id="delete-all-text">
          Every prospect, campaign and saved link check will be deleted from this browser. This cannot be undone: download a
          JSON backup first if you may want them back.
        </p>
        <label class="field">
          <span>Type {WORD} to confirm</span>
          <input value={typed} onInput={(e) => setTyped(e.currentTarget.value)} autocomplete="off" />
        </label>
        <div class="actions">
          <button type="submit" class="danger" disabled={typed !== WORD}>
            Delete all data
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
