import { reusableVerdict } from '@/lib/check/cache-rule';
import type { LinkscoutDb } from '@/lib/db/database';
import type { LinkVerdict } from '@/lib/schemas/link-verdict';
import type { Handlers } from '@/lib/messages';
import type { CheckerSettings } from '@/lib/schemas/settings';
import { createCheckJob } from '@/lib/db/check-jobs';
import type { CheckRunner } from './check-runner';

export interface HandlerDeps {
  db: LinkscoutDb;
  runner: CheckRunner;
  now: () => number;
  settings: () => Promise<CheckerSettings>;
  keepAwake: () => void;
  /** The address the browser shows for a tab (undefined when it is not ours to read). */
  tabUrl: (tabId: number) => Promise<string | undefined>;
}

/** Where a page really is: the tab's own address; without a tab, no page (nothing private is allowed). */
const NO_PAGE = 'about:blank';

async function pageUrlOf(tabId: number | null, deps: HandlerDeps): Promise<string> {
  if (tabId === null) return NO_PAGE;
  try {
    return (await deps.tabUrl(tabId)) ?? NO_PAGE;
  } catch {
    return NO_PAGE; // the tab closed: its links are judged as a public page's
  }
}

/** The background's answers about link checks (the page reader answers `resume-reads`). */
export type CheckHandlers = Omit<Handlers, 'resume-reads'>;

export function createHandlers(deps: HandlerDeps): CheckHandlers {
  return {
    'check-links': async (req) => {
      const settings = await deps.settings();
      // The caller's pageUrl is not trusted for safety: it decides whether private targets are allowed.
      const safetyPageUrl = await pageUrlOf(req.tabId, deps);
      const safety = { pageUrl: safetyPageUrl, allowPrivate: settings.allowPrivateNetwork };
      const reusable = (verdict: LinkVerdict) => reusableVerdict(verdict, safety);
      const job = await createCheckJob(deps.db, { ...req, safetyPageUrl }, deps.now(), settings.cacheTtlHours * 3600_000, reusable);
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
