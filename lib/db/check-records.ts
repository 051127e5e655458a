import type { LinkVerdict } from '@/lib/schemas/link-verdict';

/** A link check the user started on a page. Persisted so the background can resume it when woken. */
export interface CheckJob {
  id: string;
  /** The page as the popup scanned it: what the popup looks jobs up by. */
  pageUrl: string;
  /**
   * The tab's own address when the check started, read by the background: the only page address
   * the safety rules trust. Absent on jobs from before it was recorded (judged as a public page).
   */
  safetyPageUrl?: string;
  /** The tab the check was started from, for its badge; null when it has none. */
  tabId?: number | null;
  createdAt: number;
  state: 'queued' | 'running' | 'done' | 'cancelled';
  total: number;
  done: number;
  /**
   * Set while the check waits for the user's network (the browser went offline, or many sites
   * failed at the network level with none answering): why, since when, how many links wait.
   */
  paused?: { reason: 'offline' | 'network'; since: number; pending: number } | null;
}

/** One URL of a check job. */
export interface CheckItem {
  id: string;
  jobId: string;
  url: string;
  state: 'queued' | 'running' | 'done';
  /** Checks of this URL started, persisted so a stopped worker does not reset its retries. */
  attempts: number;
  /** Where the link is on the page: links are checked in this order. */
  position?: number;
  verdict?: LinkVerdict;
}
