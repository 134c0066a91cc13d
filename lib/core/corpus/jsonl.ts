import type { CorpusRecord } from '../types';
import { toCorpusRecord } from './record';

export interface LineError {
  line: number;
  reason: string;
}

export interface ParsedCorpus {
  records: CorpusRecord[];
  errors: LineError[];
}

/** Parses corpus JSON Lines; a bad line is reported with its number and skipped, never fatal. */
export function parseCorpusJsonl(content: string): ParsedCorpus {
  const { records, errors } = parseNumberedCorpusJsonl(content);
  return { records: records.map(({ record }) => record), errors };
}

/** Like `parseCorpusJsonl`, with the line (from 1) each record was read from. */
export function parseNumberedCorpusJsonl(content: string): { records: { record: CorpusRecord; line: number }[]; errors: LineError[] } {
  const records: { record: CorpusRecord; line: number }[] = [];
  const errors: LineError[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ line: index + 1, reason: 'not valid JSON' });
      return;
    }
    const record = toCorpusRecord(value);
    if (typeof record === 'string') errors.push({ line: index + 1, reason: record });
    else records.push({ record, line: index + 1 });
  });
  return { records, errors };
}
