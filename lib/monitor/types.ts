/** What a monitored link should look like on its page. */
export interface ExpectedLink {
  /** A URL on one of the user's domains. */
  targetUrl: string;
  anchorText: string;
  /** rel tokens, lowercased; empty for a plain followed link. */
  rel: string[];
}

/** The link as a check found it. */
export type FoundLink = ExpectedLink;

export type MonitorState = 'pending' | 'live' | 'changed' | 'nofollowed' | 'not-indexable' | 'missing' | 'page-gone' | 'unverifiable';

/** What one check saw, before the two-failures rule decides what it means. */
export type Outcome = Exclude<MonitorState, 'pending'>;

export interface Change {
  field: 'anchor' | 'target' | 'rel' | 'page-nofollow' | 'noindex' | 'canonical';
  from: string;
  to: string;
}

export interface Observation {
  outcome: Outcome;
  /** The link found on the page, when one was. */
  found: FoundLink | null;
  changes: Change[];
  /** Plain words for the history and the notification. */
  detail: string;
  indexable: boolean | null;
  /** The page looks script-built and the link was not in its HTML: a live tab may still show it. */
  maybeScriptBuilt: boolean;
  /** Where the observation came from. */
  via: 'reader' | 'tab';
}

/** A failed check not yet confirmed by a second one at least a day later. */
export interface Suspicion {
  outcome: 'missing' | 'page-gone';
  at: number;
  detail: string;
}

/** The monitoring status of one link: what the state machine reads and writes. */
export interface MonitorStatus {
  state: MonitorState;
  /** When `state` last changed. */
  changedAt: number | null;
  /** The words describing the last change (changed from what to what). */
  change: string;
  suspect: Suspicion | null;
  lastCheckedAt: number | null;
  /** First check that found the link live. */
  firstSeenAt: number | null;
  indexable: boolean | null;
  found: FoundLink | null;
}

export interface CheckRecord {
  at: number;
  outcome: Outcome;
  state: MonitorState;
  detail: string;
  via: Observation['via'];
}

export type Frequency = 'daily' | 'weekly';
