import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonlChunks } from '../../../../../lib/browser/store/import/read-jsonl';

/** A stream that delivers the text's bytes cut at the given offsets (mid-line, mid-character). */
function streamOf(text: string, cuts: number[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const points = [...new Set([0, ...cuts.map((c) => c % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i + 1 >= points.length) return controller.close();
      controller.enqueue(bytes.slice(points[i], points[i + 1]));
      i++;
    },
  });
}

describe('readJsonlChunks', () => {
  it('finds the same records and bad lines however the bytes are cut', async () => {
    const lines = ['{"id":"a","text":"Brüssel, März"}', 'broken', '', '{"id":"b","text":"Zweiter"}', '{"id":"c"}', '{"id":"d","text":"last, no newline"}'];
    const text = lines.join('\r\n');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), async (cuts) => {
        const records: [string, number][] = [];
        const errors: number[] = [];
        let bytes = 0;
        for await (const chunk of readJsonlChunks(streamOf(text, cuts))) {
          records.push(...chunk.records.map(({ record, line }) => [record.id, line] as [string, number]));
          errors.push(...chunk.errors.map((e) => e.line));
          bytes = chunk.bytesRead;
        }
        expect(records).toEqual([
          ['a', 1],
          ['b', 4],
          ['d', 6],
        ]);
        expect(errors).toEqual([2, 5]);
        expect(bytes).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 60 },
    );
  });
});
