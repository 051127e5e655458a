import { useState } from 'preact/hooks';
import type { PageScan } from '@/lib/schemas/page-scan';
import type { Prospect } from '@/lib/schemas/prospect';
import type { PopupCompose as PopupComposeState } from '@/lib/state/popup/compose';
import type { ComposePanel } from '@/components/common/ComposePanel';
import { blockingEntry, blockMessage } from '@/lib/outreach/do-not-contact';
import { DncBadge } from '@/components/common/DncBadge';

interface Props {
  scan: PageScan;
  saved: Prospect | null;
  compose: PopupComposeState;
}

/**
 * The page's do-not-contact line, and compose for it once it is saved as a prospect. The compose
 * panel's code loads when it is first opened, keeping it out of the popup's first scan.
 */
export function PopupCompose({ scan, saved, compose }: Props) {
  const [Panel, setPanel] = useState<typeof ComposePanel | null>(null);
  const [loadError, setLoadError] = useState('');
  const emails = [...scan.contacts, ...(saved?.contacts ?? [])].filter((c) => c.kind === 'email').map((c) => c.value);
  const entry = blockingEntry(compose.outreach.doNotContact.value ?? [], { domain: scan.domain, emails });
  const onToggle = (open: boolean) => {
    if (!open || Panel) return;
    compose.open();
    import('@/components/common/ComposePanel').then(
      (m) => setPanel(() => m.ComposePanel),
      (e: unknown) => setLoadError(`Compose could not be loaded: ${String(e)}`),
    );
  };
  return (
    <>
      {entry && (
        <p class="popup-dnc">
          <DncBadge reason={blockMessage(entry)} /> <span class="muted">{entry.value}{entry.reason ? `: ${entry.reason}` : ''}</span>
        </p>
      )}
      {saved && (
        <details class="popup-compose" onToggle={(e) => onToggle(e.currentTarget.open)}>
          <summary>Compose e-mail</summary>
          {Panel ? (
            <Panel prospect={saved} outreach={compose.outreach} compose={compose.compose} actions={compose.actions} />
          ) : (
            <p class={loadError ? 'inline-error' : 'muted'} role={loadError ? 'alert' : undefined}>
              {loadError || 'Loading…'}
            </p>
          )}
        </details>
      )}
    </>
  );
}
