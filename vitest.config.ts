import { defineConfig } from 'vitest/config';

// Unit tests need no browser and no build; tests/build/ reads dist/ and so runs after
// `npm run build` (the `npm test` script orders it so).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // The fuzz tests run 10,000 cases each: seconds on a quiet 2-core machine, but a busy
    // CI box can take several times longer than the 5 s default.
    testTimeout: 60_000,
  },
});
