import { parseNumberedCorpusJsonl } from '../../../core/corpus/jsonl';
import type { CorpusRecord } from '../../../core/types';

export interface JsonlChunk {
  records: { record: CorpusRecord; line: number }[];
  errors: { line: number; reason: string }[];
  /** Bytes of the file read so far, for the progress bar. */
  bytesRead: number;
}

/**
 * Reads a JSON Lines file a piece at a time, so a large file never has to be one string; each
 * piece's whole lines go through `parseNumberedCorpusJsonl`, with line numbers counted from the file's start.
 */
export async function* readJsonlChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<JsonlChunk> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let linesBefore = 0;
  let bytesRead = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (value) bytesRead += value.byteLength;
    const text = carry + (done ? decoder.decode() : decoder.decode(value, { stream: true }));
    const end = done ? text.length : text.lastIndexOf('\n') + 1;
    carry = text.slice(end);
    if (end > 0) {
      const whole = text.slice(0, end);
      yield parseLines(whole, linesBefore, bytesRead);
      linesBefore += countNewlines(whole);
    }
    if (done) return;
  }
}

function parseLines(content: string, linesBefore: number, bytesRead: number): JsonlChunk {
  const parsed = parseNumberedCorpusJsonl(content);
  return {
    records: parsed.records.map(({ record, line }) => ({ record, line: linesBefore + line })),
    errors: parsed.errors.map((error) => ({ line: linesBefore + error.line, reason: error.reason })),
    bytesRead,
  };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
