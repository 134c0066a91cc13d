import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * The background owns the reader's store: the options and onboarding pages read and change it
 * through messages, so no context has to notice another's writes. Checked on what each page bundles:
 * every module its entry reaches through imports of values (type-only imports are not bundled).
 */

const ROOT = resolve(import.meta.dirname, '../../..');

interface ImportNode {
  type: string;
  importKind?: string;
  exportKind?: string;
  source?: { value: string } | null;
  specifiers?: { importKind?: string; exportKind?: string }[];
}

/** The modules a file imports values from (or re-exports them from). */
function valueImports(path: string): string[] {
  const result = parseSync(path, readFileSync(path, 'utf8'), { lang: path.endsWith('.tsx') ? 'tsx' : 'ts' });
  return (result.program.body as unknown as ImportNode[]).flatMap((node) => {
    if ((node.type !== 'ImportDeclaration' && node.type !== 'ExportNamedDeclaration' && node.type !== 'ExportAllDeclaration') || !node.source) return [];
    if (node.importKind === 'type' || node.exportKind === 'type') return [];
    const specifiers = node.specifiers ?? [];
    if (specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type')) return [];
    return [node.source.value];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts'].map((ending) => base + ending).find((path) => /\.tsx?$/.test(path) && existsSync(path)) ?? null;
}

/** Every module a page bundles, as paths from the project root, and the packages it imports. */
function bundled(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (path: string) => {
    const name = relative(ROOT, path);
    if (modules.has(name)) return;
    modules.add(name);
    for (const specifier of valueImports(path)) {
      const next = resolveImport(path, specifier);
      if (next) visit(next);
      else if (!specifier.startsWith('.')) packages.add(specifier);
    }
  };
  visit(resolve(ROOT, entry));
  return { modules, packages };
}

describe('the extension pages and the store', () => {
  for (const page of ['options', 'onboarding']) {
    it(`the ${page} page never opens the store: it asks the background`, () => {
      const { modules, packages } = bundled(`entrypoints/${page}/main.tsx`);
      expect(modules.size).toBeGreaterThan(5); // the walk did follow the page's imports
      expect(modules).toContain('lib/browser/messaging/protocol.ts');
      expect(modules).not.toContain('lib/browser/store/db.ts');
      expect(packages).not.toContain('idb');
    });
  }
});
