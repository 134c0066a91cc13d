import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * Every context bundles the message schemas, the content script among them, which validates one
 * small message: the validation library must not outweigh the script (full zod, 112 kB here, was
 * 59% of it; zod/mini is 28 kB).
 */
const SCHEMAS_BUDGET_BYTES = 40_000;

async function minifiedSize(entry: string): Promise<number> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['es'] } },
  })) as Rolldown.RolldownOutput[];
  return output.flatMap((bundle) => bundle.output).reduce((sum, chunk) => sum + (chunk.type === 'chunk' ? chunk.code.length : 0), 0);
}

describe('message schemas', () => {
  it(`bundle to less than ${SCHEMAS_BUDGET_BYTES / 1000} kB, minified`, async () => {
    expect(await minifiedSize('../../../../lib/browser/messaging/schemas.ts')).toBeLessThan(SCHEMAS_BUDGET_BYTES);
  }, 30_000);
});
