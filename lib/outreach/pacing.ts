/** Above this many first e-mails a day, mailbox providers start to look at a sender more closely. */
export const GENTLE_DAILY_LIMIT = 30;

/** Start of the local day containing `now`. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export interface PacingHint {
  sentToday: number;
  text: string;
  /** True past the gentle limit: the hint is shown as a caution, never as a block. */
  caution: boolean;
}

export function pacingHint(sentTimes: readonly number[], now: number): PacingHint {
  const from = startOfDay(now);
  const sentToday = sentTimes.filter((t) => t >= from && t <= now).length;
  const caution = sentToday >= GENTLE_DAILY_LIMIT;
  const count = `${sentToday} sent today`;
  return {
    sentToday,
    caution,
    text: caution ? `${count}. Sending many more cold e-mails today may get your mailbox flagged; consider pausing until tomorrow.` : count,
  };
}
