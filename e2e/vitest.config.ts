import { defineConfig } from 'vitest/config';

// End-to-end suite: the built extension in a real Chromium. One file at a time (browsers are heavy and
// the machines have two cores).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
