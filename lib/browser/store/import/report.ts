/** One thing an import left out, and why, as the reader sees it in the report. */
export interface Rejection {
  file: string;
  /** Where in the file: the line of a JSONL file, the item of a JSON array, or null for the whole file. */
  line: number | null;
  unit: 'line' | 'item' | 'file';
  reason: string;
}

export function describeRejection(rejection: Rejection): string {
  const where = rejection.unit === 'file' ? rejection.file : `${rejection.file}, ${rejection.unit} ${rejection.line}`;
  return `${where}: ${rejection.reason}`;
}
