import type { PageScan } from '@/lib/schemas/page-scan';
import type { Prospect } from '@/lib/schemas/prospect';
import type { PopupCompose as PopupComposeState } from '@/lib/state/popup/compose';
import { blockingEntry, blockMessage } from '@/lib/outreach/do-not-contact';
import { ComposePanel } from '@/components/common/ComposePanel';
import { DncBadge } from '@/components/common/DncBadge';

interface Props {
  scan: PageScan;
  saved: Prospect | null;
  compose: PopupComposeState;
}

/** The page's do-not-contact badge, and compose for it once it is saved as a prospect. */
export function PopupCompose({ scan, saved, compose }: Props) {
  const emails = [...scan.contacts, ...(saved?.contacts ?? [])].filter((c) => c.kind === 'email').map((c) => c.value);
  const entry = blockingEntry(compose.outreach.doNotContact.value ?? [], { domain: scan.domain, emails });
  return (
    <>
      {entry && (
        <p class="popup-dnc">
          <DncBadge reason={blockMessage(entry)} /> <span class="muted">{entry.value}{entry.reason ? `: ${entry.reason}` : ''}</span>
        </p>
      )}
      {saved && (
        <details class="popup-compose">
          <summary>Compose e-mail</summary>
          <ComposePanel prospect={saved} outreach={compose.outreach} compose={compose.compose} actions={compose.actions} />
        </details>
      )}
    </>
  );
}
