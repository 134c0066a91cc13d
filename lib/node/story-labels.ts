import { readText } from './cli/read-input';

/**
 * The gold `story` label of each article in a labelled corpus (BASIL, AllSides, ECB+ JSONL lines
 * `{"id": …, "story": …}`), by id, in file order. Only the evaluations, benchmarks and tests read
 * it, to choose and score articles: the corpus records the product reads carry no story.
 * Lines without a string id and story are skipped (the corpus reader reports bad lines).
 */
export function storyLabels(jsonl: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line) as { id?: unknown; story?: unknown };
      if (typeof value.id === 'string' && typeof value.story === 'string') labels.set(value.id, value.story);
    } catch {
      // not JSON: skipped here, reported by the corpus reader
    }
  }
  return labels;
}

export async function readStoryLabels(file: string): Promise<Map<string, string>> {
  return storyLabels(await readText(file));
}

/** The ids of each story, stories and ids in the labels' order. */
export function storyMembers(labels: Map<string, string>): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const [id, story] of labels) members.set(story, [...(members.get(story) ?? []), id]);
  return members;
}
