import type { CorpusRecord } from '../types';

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
  const records: CorpusRecord[] = [];
  const errors: LineError[] = [];
  const lines = content.split('\n');
  lines.forEach((raw, index) => {
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
    else records.push(record);
  });
  return { records, errors };
}

/** A corpus record from parsed JSON, or the reason it is not one. */
export function toCorpusRecord(value: unknown): CorpusRecord | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !v.id.trim()) return 'missing "id"';
  if (typeof v.text !== 'string' || !v.text.trim()) return 'missing "text"';
  const optional = (key: string) => (typeof v[key] === 'string' && (v[key] as string).trim() ? (v[key] as string) : null);
  const publishedAt = optional('publishedAt');
  return {
    id: v.id,
    source: optional('source'),
    url: optional('url'),
    title: optional('title'),
    publishedAt: publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null,
    text: v.text,
  };
}
