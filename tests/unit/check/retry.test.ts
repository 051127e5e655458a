import { describe, expect, it } from 'vitest';
import { networkErrorKind } from '@/lib/check/network-error';
import { backoffMs, retryAfterMs } from '@/lib/check/retry';

const NOW = Date.parse('2025-01-01T00:00:00Z');

describe('retryAfterMs', () => {
  it.each([
    ['2', 2000],
    [' 120 ', 120_000],
    ['0', 0],
    ['Wed, 01 Jan 2025 00:00:30 GMT', 30_000],
    ['Tue, 31 Dec 2024 23:00:00 GMT', 0],
    ['1.5', null],
    ['-3', null],
    ['soon', null],
    [undefined, null],
  ])('%s → %s', (header, ms) => {
    expect(retryAfterMs(header, NOW)).toBe(ms);
  });
});

describe('backoffMs', () => {
  it.each([
    [1, 0, 250],
    [1, 1, 500],
    [2, 0, 500],
    [2, 0.5, 750],
    [3, 1, 2000],
  ])('retry %i with random %f → %i ms', (retry, random, ms) => {
    expect(backoffMs(retry, 500, () => random)).toBe(ms);
  });
});

describe('networkErrorKind', () => {
  const wrap = (code: string, depth = 1): Error => {
    let error: Error = Object.assign(new Error(code), { code });
    for (let i = 0; i < depth; i++) error = new TypeError('fetch failed', { cause: error });
    return error;
  };
  it.each([
    [wrap('ENOTFOUND'), 'dns'],
    [wrap('EAI_AGAIN'), 'dns'],
    [wrap('ECONNREFUSED'), 'refused'],
    [wrap('ECONNRESET'), 'reset'],
    [wrap('UND_ERR_SOCKET', 2), 'reset'],
    [wrap('UND_ERR_CONNECT_TIMEOUT'), 'timeout'],
    [wrap('CERT_HAS_EXPIRED'), 'tls'],
    [wrap('ERR_TLS_HANDSHAKE_TIMEOUT'), 'tls'],
    [new TypeError('Failed to fetch'), 'network'],
    [new TypeError('NetworkError when attempting to fetch resource.'), 'network'],
    ['a string', 'network'],
  ])('%o → %s', (error, kind) => {
    expect(networkErrorKind(error)).toBe(kind);
  });
});
