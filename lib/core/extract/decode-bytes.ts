/**
 * Bytes of an HTML page → text. A byte-order mark wins; then bytes that are valid UTF-8 are read as
 * UTF-8 (pages re-saved as UTF-8 often keep their old `charset=gb2312` declaration, while legacy
 * bytes are almost never valid UTF-8 by accident); then the charset the page declares in its first
 * bytes (`<meta charset>` or the http-equiv Content-Type); then windows-1252, what browsers assume
 * for undeclared legacy pages. Uses only TextDecoder, so it runs in the browser and in Node.
 */
const SNIFF_BYTES = 4096;
const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

export function decodeBytes(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(declaredCharset(bytes) ?? 'windows-1252').decode(bytes);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The page's declared charset when TextDecoder knows it (UTF-8 and UTF-16 labels are moot here: the bytes were not UTF-8). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  const label = CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!label || label.startsWith('utf')) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
