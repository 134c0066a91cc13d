/**
 * Compact byte forms of the index's number lists: unsigned LEB128 varints (ids stored as gaps
 * between ascending ids, so most take one or two bytes), and base64 to carry bytes inside JSON.
 * Written here rather than with atob/Buffer so that core runs unchanged in the browser and in Node.
 */

/** A growing byte buffer of varints. */
export class VarintWriter {
  private bytes = new Uint8Array(1024);
  private length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  /** Ascending ids as their first value and the gaps between them. */
  writeAscending(ids: ArrayLike<number>): void {
    let previous = 0;
    for (let k = 0; k < ids.length; k++) {
      this.write(ids[k] - previous);
      previous = ids[k];
    }
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export class VarintReader {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  read(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.position >= this.bytes.length) throw new Error('The corpus index is cut short; rebuild it.');
      const byte = this.bytes[this.position++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }

  /** `count` ids written by `writeAscending`, into `into` from `at`. */
  readAscending(count: number, into: Int32Array, at: number): void {
    let previous = 0;
    for (let k = 0; k < count; k++) into[at + k] = previous += this.read();
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Int16Array(128).fill(-1);
for (let k = 0; k < ALPHABET.length; k++) CODES[ALPHABET.charCodeAt(k)] = k;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? ALPHABET[n & 63] : '=');
    // Joined in pieces: one string grown by millions of concatenations is slow to flatten.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

export function fromBase64(text: string): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (text.length % 4 !== 0) throw new Error('The corpus index is damaged (bad base64); rebuild it.');
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const c = text.charCodeAt(i + k);
      const code = c === 61 ? 0 : c < 128 ? CODES[c] : -1; // 61 is '='
      if (code < 0) throw new Error('The corpus index is damaged (bad base64); rebuild it.');
      n = (n << 6) | code;
    }
    if (out < bytes.length) bytes[out++] = n >> 16;
    if (out < bytes.length) bytes[out++] = (n >> 8) & 255;
    if (out < bytes.length) bytes[out++] = n & 255;
  }
  return bytes;
}
