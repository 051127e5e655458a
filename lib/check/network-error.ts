import type { NetworkErrorKind } from '@/lib/check/types';

const CODE_KINDS: Record<string, NetworkErrorKind> = {
  ENOTFOUND: 'dns', EAI_AGAIN: 'dns', EAI_NONAME: 'dns', EAI_NODATA: 'dns',
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset', EPIPE: 'reset', UND_ERR_SOCKET: 'reset', UND_ERR_CLOSED: 'reset',
  ETIMEDOUT: 'timeout', UND_ERR_CONNECT_TIMEOUT: 'timeout', UND_ERR_HEADERS_TIMEOUT: 'timeout', UND_ERR_BODY_TIMEOUT: 'timeout',
  CERT_HAS_EXPIRED: 'tls', DEPTH_ZERO_SELF_SIGNED_CERT: 'tls', SELF_SIGNED_CERT_IN_CHAIN: 'tls',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'tls', ERR_TLS_CERT_ALTNAME_INVALID: 'tls', ERR_SSL_WRONG_VERSION_NUMBER: 'tls',
};

function codeOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('code' in value)) return null;
  return typeof value.code === 'string' ? value.code : null;
}

function causeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'cause' in value ? value.cause : undefined;
}

/** Chromium's code for a request an extension, ad blocker or tracking protection stopped. */
const BLOCKED_BY_CLIENT = /ERR_BLOCKED_BY_CLIENT/;

function messageOf(value: unknown): string {
  return typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string' ? value.message : '';
}

/**
 * The kind of a thrown fetch error. Node's fetch (undici) wraps the system error in `cause`
 * (sometimes twice); browsers give a bare TypeError ("Failed to fetch", "NetworkError when
 * attempting to fetch resource"), which can only be "network".
 */
export function networkErrorKind(error: unknown): NetworkErrorKind {
  if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'PrivateNetworkError') return 'private';
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined; depth++) {
    const code = codeOf(current);
    if (BLOCKED_BY_CLIENT.test(code ?? '') || BLOCKED_BY_CLIENT.test(messageOf(current))) return 'blocked-by-client';
    const kind = code ? CODE_KINDS[code] : undefined;
    if (kind) return kind;
    if (code?.startsWith('ERR_TLS') || code?.startsWith('ERR_SSL')) return 'tls';
    current = causeOf(current);
  }
  return 'network';
}

/** Whether an error is the caller cancelling (as opposed to a failure of the request). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}
