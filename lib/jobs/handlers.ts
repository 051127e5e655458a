import type { LinkscoutDb } from '@/lib/db/database';
import type { Handlers } from '@/lib/messages';
import type { CheckerSettings } from '@/lib/schemas/settings';
import { createCheckJob } from '@/lib/db/check-jobs';
import type { CheckRunner } from './check-runner';

/** The background's answers about link checks (the page reader answers `resume-reads`). */
export type CheckHandlers = Omit<Handlers, 'resume-reads'>;

export function createHandlers(deps: { db: LinkscoutDb; runner: CheckRunner; now: () => number; settings: () => Promise<CheckerSettings>; keepAwake: () => void }): CheckHandlers {
  return {
    'check-links': async (req) => {
      const settings = await deps.settings();
      const job = await createCheckJob(deps.db, req, deps.now(), settings.cacheTtlHours * 3600_000);
      deps.keepAwake();
      await deps.runner.resume();
      return { jobId: job.id };
    },
    'cancel-check': async (req) => ({ cancelled: await deps.runner.cancel(req.jobId) }),
    'resume-checks': async () => {
      deps.keepAwake();
      await deps.runner.resume();
      return { resumed: true };
    },
  };
}
