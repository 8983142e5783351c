import { defineConfig } from 'vitest/config';

// Logic tests only: pure lib/ code on Node with a real DOM (jsdom).
// The browser tests in tests/e2e run through scripts/e2e.ts, not vitest.
export default defineConfig({
  test: {
    include: ['tests/lib/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
