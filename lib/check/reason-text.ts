import type { MethodResult, Observation } from '@/lib/check/types';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 206: 'Partial Content',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** "404 Not Found", or just "418" for codes without a well-known name. */
export function statusLabel(status: number): string {
  const text = STATUS_TEXT[status];
  return text ? `${status} ${text}` : String(status);
}

function describe(result: MethodResult): string {
  const outcome = result.status !== null ? String(result.status) : (result.error ?? 'no answer');
  if (result.attempts <= 1) return `${result.method} ${outcome}`;
  // "HEAD 429 → 200" when the answers differed, "HEAD 500 ×3" when they did not.
  const all = [...(result.earlier ?? []), outcome];
  return all.every((o) => o === outcome) ? `${result.method} ${outcome} ×${result.attempts}` : `${result.method} ${all.join(' → ')}`;
}

/** What each method got, in order: "HEAD 405, GET 200". */
export function methodTrail(obs: Observation): string {
  return [obs.head, obs.get].filter((r): r is MethodResult => r !== null).map(describe).join(', ');
}

/** Appends the trail and the redirect summary to a reason. */
export function withEvidence(reason: string, obs: Observation): string {
  const notes = [methodTrail(obs)];
  if (obs.hops.length > 0) notes.push(`${obs.hops.length} redirect${obs.hops.length === 1 ? '' : 's'}`);
  if (obs.opaqueRedirect) notes.push('intermediate redirect hops not observable in the browser');
  return `${reason} (${notes.filter(Boolean).join('; ')})`;
}
