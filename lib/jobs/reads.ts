import { applyBacklinkRead } from '@/lib/db/backlinks';
import { db } from '@/lib/db/instance';
import type { HostQueue } from '@/lib/check/host-queue';
import type { Handlers } from '@/lib/messages';
import { loadQualifyRules } from '@/lib/settings/qualify-store';
import { monitorReadHandler, wireMonitoring } from './monitor-wiring';
import { startReader } from './reader-wiring';
import { qualifyReadOwner } from './qualify-handler';

/**
 * The page reader and what sits on it (monitoring; the backlink audit; bulk qualification), on the
 * host queue link checks use. Returns its message handler.
 */
export function startReads(queue: HostQueue): Pick<Handlers, 'resume-reads'> {
  const reader = startReader(queue, {
    monitor: monitorReadHandler,
    qualify: qualifyReadOwner(db, { rules: loadQualifyRules }),
    backlink: async (job, read) => {
      await applyBacklinkRead(db, job.ref, read, Date.now());
    },
  });
  wireMonitoring(db, reader.wake);
  return {
    'resume-reads': async () => {
      reader.wake();
      return { resumed: true };
    },
  };
}
