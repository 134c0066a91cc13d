import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Page-derived text must never reach a DOM as markup. Crosscheck's own code writes no HTML from
 * strings at all, so any of these sinks in the product code is a failure.
 */
const HTML_SINKS = /dangerouslySetInnerHTML|\.innerHTML\s*[+]?=|\.outerHTML\s*[+]?=|insertAdjacentHTML|document\.write\s*\(|createContextualFragment|srcdoc\s*=/;
const PRODUCT_DIRS = ['entrypoints', 'components', 'lib'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(tsx?|html)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

describe('product code', () => {
  it('writes no HTML from strings', async () => {
    const offenders: string[] = [];
    for (const dir of PRODUCT_DIRS) {
      for (const file of await sourceFiles(dir)) {
        (await readFile(file, 'utf8')).split('\n').forEach((line, index) => {
          if (HTML_SINKS.test(line)) offenders.push(`${file}:${index + 1}: ${line.trim()}`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the check itself catches each sink', () => {
    for (const line of ['el.innerHTML = title', 'node.outerHTML += x', 'el.insertAdjacentHTML("beforeend", s)', '<div dangerouslySetInnerHTML={{ __html: t }} />', 'document.write(s)']) {
      expect(HTML_SINKS.test(line)).toBe(true);
    }
  });
});
