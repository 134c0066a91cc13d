import type { FileProblem } from '../../../core/corpus/read-file';

/** One thing an import left out, and why, as the reader sees it in the report. */
export interface Rejection extends FileProblem {
  file: string;
}

export function describeRejection(rejection: Rejection): string {
  const where = rejection.unit === 'file' ? rejection.file : `${rejection.file}, ${rejection.unit} ${rejection.line}`;
  return `${where}: ${rejection.reason}`;
}
