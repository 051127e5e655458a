/** `#prospect=<id>` opens that prospect's detail view (notifications and the popup link there). */
const PREFIX = '#prospect=';

export function prospectIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    // A malformed escape: treat the hash as naming no prospect rather than failing the page.
    return null;
  }
  return id.trim() === '' ? null : id;
}

export function hashForProspect(id: string): string {
  return `${PREFIX}${encodeURIComponent(id)}`;
}
