import type { CheckRecord, MonitorState, MonitorStatus, Observation } from './types';

/** A failed check is confirmed by a second one at least this much later. */
export const CONFIRM_AFTER_MS = 24 * 60 * 60 * 1000;

export const INITIAL_STATUS: MonitorStatus = {
  state: 'pending', changedAt: null, change: '', suspect: null, lastCheckedAt: null, firstSeenAt: null, indexable: null, found: null,
};

/** States worth a notification when a link enters them. */
const ALARMING: ReadonlySet<MonitorState> = new Set(['changed', 'nofollowed', 'not-indexable', 'missing', 'page-gone']);

export interface Transition {
  status: MonitorStatus;
  record: CheckRecord;
  /** Tell the user (a lost or changed link, or a different change than last time). */
  notify: boolean;
  /** Check again at this time rather than on the normal schedule (to confirm a failure). */
  recheckAt: number | null;
}

/**
 * The monitoring state machine. A link is called missing or its page gone only after two failed
 * checks at least a day apart; a single failure is remembered as a suspicion and re-checked.
 * "Unverifiable" (blocked, rate-limited, offline) is shown as such but neither confirms nor clears
 * a suspicion, and never notifies: no crying wolf.
 */
export function nextStatus(current: MonitorStatus, obs: Observation, now: number): Transition {
  const base = { ...current, lastCheckedAt: now };
  const enter = (state: MonitorState, extra: Partial<MonitorStatus> = {}): MonitorStatus => {
    // Unverifiable keeps the last real change's words: it says nothing new about the link.
    const moved = state !== current.state || (state !== 'live' && state !== 'unverifiable' && obs.detail !== current.change);
    return {
      ...base, ...extra, state,
      changedAt: moved ? now : current.changedAt,
      change: moved ? (state === 'live' ? (current.state === 'pending' ? 'First seen live' : `Back to live (was ${current.state})`) : obs.detail) : current.change,
    };
  };
  let status: MonitorStatus;
  let recheckAt: number | null = null;
  if (obs.outcome === 'missing' || obs.outcome === 'page-gone') {
    const confirmed = current.suspect !== null && now - current.suspect.at >= CONFIRM_AFTER_MS;
    if (confirmed) {
      status = enter(obs.outcome, { suspect: null, found: null });
    } else {
      const suspect = current.suspect ?? { outcome: obs.outcome, at: now, detail: obs.detail };
      status = { ...base, suspect };
      recheckAt = suspect.at + CONFIRM_AFTER_MS;
    }
  } else if (obs.outcome === 'unverifiable') {
    status = enter('unverifiable');
    if (current.suspect) recheckAt = Math.max(now, current.suspect.at + CONFIRM_AFTER_MS);
  } else {
    status = enter(obs.outcome, {
      suspect: null, found: obs.found, indexable: obs.indexable, firstSeenAt: current.firstSeenAt ?? now,
    });
  }
  const notify = ALARMING.has(status.state) && (status.state !== current.state || status.change !== current.change);
  const detail = status.suspect && (obs.outcome === 'missing' || obs.outcome === 'page-gone')
    ? `${obs.detail} — not yet called lost: a second check after ${new Date(status.suspect.at + CONFIRM_AFTER_MS).toISOString().slice(0, 16).replace('T', ' ')} UTC decides`
    : obs.detail;
  return { status, notify, recheckAt, record: { at: now, outcome: obs.outcome, state: status.state, detail, via: obs.via } };
}
