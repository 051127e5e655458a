/**
 * Decoding a fetched page: the charset comes from a byte-order mark, then the Content-Type
 * header, then a `<meta charset>` / `http-equiv` declaration in the first 1024 bytes (the HTML
 * prescan window), then UTF-8. Labels the platform's TextDecoder does not know fall back to UTF-8.
 */

const PRESCAN_BYTES = 1024;

export function charsetFromContentType(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a `<meta>` in the first 1024 bytes declares, or null. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one code unit, so ASCII markup reads the same in any ASCII-compatible charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    // A page that says UTF-16 in a meta is lying about itself (the meta could not be read otherwise).
    const decoder = new TextDecoder(label);
    return decoder;
  } catch {
    return null; // a label the platform does not know: the next source decides
  }
}

export interface Decoded {
  text: string;
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'header' | 'meta' | 'default';
}

export function decodeHtml(bytes: Uint8Array, contentType: string | undefined): Decoded {
  const candidates: [Decoded['source'], string | null][] = [
    ['bom', bomCharset(bytes)],
    ['header', charsetFromContentType(contentType)],
    ['meta', charsetFromMeta(bytes)],
  ];
  for (const [source, label] of candidates) {
    const decoder = decoderFor(source === 'meta' && label?.startsWith('utf-16') ? 'utf-8' : label);
    if (decoder) return { text: decoder.decode(bytes), charset: decoder.encoding, source };
  }
  return { text: new TextDecoder().decode(bytes), charset: 'utf-8', source: 'default' };
}
