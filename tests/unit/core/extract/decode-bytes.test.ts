import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../lib/core/extract/decode-bytes';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

describe('decodeBytes: the bytes of an HTML page as text', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeBytes(new TextEncoder().encode('<p>Aktuálně</p>'))).toBe('<p>Aktuálně</p>');
    expect(decodeBytes(concat(bytes(0xef, 0xbb, 0xbf), ascii('<p>x</p>')))).toBe('<p>x</p>');
  });

  it('uses the declared charset for legacy bytes', () => {
    // "Привет" in windows-1251.
    const html = concat(ascii('<meta charset="windows-1251"><p>'), bytes(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2), ascii('</p>'));
    expect(decodeBytes(html)).toContain('Привет');
    // "café" in ISO-8859-1, declared through http-equiv.
    const latin = concat(ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>caf'), bytes(0xe9), ascii('</p>'));
    expect(decodeBytes(latin)).toContain('café');
  });

  it('prefers valid UTF-8 over a stale declaration, and falls back to windows-1252', () => {
    expect(decodeBytes(new TextEncoder().encode('<meta charset="gb2312"><p>腾讯网</p>'))).toContain('腾讯网');
    expect(decodeBytes(concat(ascii('<p>caf'), bytes(0xe9), ascii('</p>')))).toBe('<p>café</p>');
  });
});
