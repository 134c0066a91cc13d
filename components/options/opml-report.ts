import type { FollowOutcome } from '../../lib/browser/feeds/follow';
import type { OpmlProblem } from '../../lib/core/feeds/opml';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence over an OPML import: feeds followed, already followed, and feeds with a problem. */
export function importSummary(outcomes: readonly FollowOutcome[], fileProblems: readonly OpmlProblem[]): string {
  const followed = outcomes.filter((o) => o.status === 'ok').length;
  const already = outcomes.filter((o) => o.status === 'already followed').length;
  const problems = outcomes.length - followed - already + fileProblems.length;
  return [
    `Followed ${count(followed, 'feed', 'feeds')}`,
    already > 0 ? `${already} already followed` : '',
    problems > 0 ? count(problems, 'problem', 'problems') : '',
  ]
    .filter(Boolean)
    .join('; ')
    .concat('.');
}

/** A problem of the file, where it is: "line 12: outline has no feed address (xmlUrl)". */
export function describeOpmlProblem(problem: OpmlProblem): string {
  return problem.line === undefined ? problem.reason : `line ${problem.line}: ${problem.reason}`;
}
