/** Whether `url` is an absolute http(s) URL. Apart from network.ts so callers do not load the Public Suffix List with it. */
export function isHttpUrl(url: string | URL): boolean {
  try {
    const { protocol } = typeof url === 'string' ? new URL(url) : url;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false; // not a URL at all, so certainly not an http(s) one
  }
}
