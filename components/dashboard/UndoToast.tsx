import type { Toast } from '@/lib/state/dashboard/state';

interface Props {
  toast: Toast | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Confirms a bulk action; after a deletion it offers Undo. Stays until dismissed or replaced. */
export function UndoToast({ toast, onUndo, onDismiss }: Props) {
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast" data-testid="toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" class="primary" onClick={onUndo}>
              Undo
            </button>
          )}
          <button type="button" onClick={onDismiss} aria-label="Dismiss message">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
