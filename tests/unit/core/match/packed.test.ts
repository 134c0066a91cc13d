import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, VarintReader, VarintWriter } from '../../../../lib/core/match/packed';

describe('varints', () => {
  it('read back what was written, small numbers in one byte', () => {
    const writer = new VarintWriter();
    for (const n of [0, 1, 127, 128, 300, 2 ** 31 - 1]) writer.write(n);
    writer.writeAscending([3, 7, 7, 1000]);
    const bytes = writer.finish();
    const reader = new VarintReader(bytes);
    expect([0, 1, 2, 3, 4, 5].map(() => reader.read())).toEqual([0, 1, 127, 128, 300, 2 ** 31 - 1]);
    const ids = new Int32Array(4);
    reader.readAscending(4, ids, 0);
    expect([...ids]).toEqual([3, 7, 7, 1000]);
    expect(() => reader.read()).toThrow(/cut short/);
  });

  it('grows past its first buffer', () => {
    const writer = new VarintWriter();
    for (let n = 0; n < 5000; n++) writer.write(n);
    const reader = new VarintReader(writer.finish());
    expect(Array.from({ length: 5000 }, () => reader.read())[4999]).toBe(4999);
  });
});

describe('base64', () => {
  it('round-trips every length and byte value, as the standard alphabet writes it', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const length of [0, 1, 2, 3, 4, 256]) expect([...fromBase64(toBase64(bytes.subarray(0, length)))]).toEqual([...bytes.subarray(0, length)]);
    expect(toBase64(Uint8Array.from([77, 97, 110, 77]))).toBe('TWFuTQ==');
  });

  it('refuses damaged text', () => {
    expect(() => fromBase64('abc')).toThrow(/damaged/);
    expect(() => fromBase64('ab!=')).toThrow(/damaged/);
  });
});
