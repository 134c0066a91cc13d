import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit tests (Node, WXT's fake browser where extension APIs are needed), and
// real-browser tests that load the built extension into Chromium (run after `wxt build`).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
