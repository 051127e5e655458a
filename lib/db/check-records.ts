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
}

/** One URL of a check job. */
export interface CheckItem {
  id: string;
  jobId: string;
  url: string;
  state: 'queued' | 'running' | 'done';
  attempts: number;
  verdict?: LinkVerdict;
}
