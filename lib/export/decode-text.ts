/** A file's text and the encoding it was read with, so the preview can say when it was not UTF-8. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Set when the file was not UTF-8: what was done, in words for the preview. */
  note?: string;
}

/**
 * Reads an uploaded file's bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are taken as
 * they are. Bytes that are not valid UTF-8 are what Excel on Windows writes ("CSV" rather than
 * "CSV UTF-8"): Windows-1252, which also decodes every byte of ISO-8859-1, so the text is read that
 * way and the preview says so — never a silent "J\uFFFDrgen".
 */
/** Windows-1252's 0x80–0x9F (the rest of its bytes are the same code points as ISO-8859-1). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decoded here rather than with TextDecoder: not every runtime's decoder maps 0x80–0x9F. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    // `fatal` makes an invalid sequence throw instead of becoming U+FFFD; the BOM is dropped here.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const text = decodeWindows1252(bytes);
    return {
      text,
      encoding: 'windows-1252',
      note: 'The file is not UTF-8; it was read as Windows-1252 (Western European, what Excel saves as plain "CSV"). Check accented names in the preview.',
    };
  }
}
