import { applyBacklinkRead } from '@/lib/db/backlinks';
import { db } from '@/lib/db/instance';
import type { Handlers } from '@/lib/messages';
import { monitorReadHandler, wireMonitoring } from './monitor-wiring';
import { startReader } from './reader-wiring';

/** The page reader and what sits on it (monitoring; the backlink audit). Returns its message handler. */
export function startReads(): Pick<Handlers, 'resume-reads'> {
  const reader = startReader({
    monitor: monitorReadHandler,
    backlink: async (job, read) => {
      await applyBacklinkRead(db, job.ref, read, Date.now());
    },
  });
  wireMonitoring(reader.wake);
  return {
    'resume-reads': async () => {
      reader.wake();
      return { resumed: true };
    },
  };
}
