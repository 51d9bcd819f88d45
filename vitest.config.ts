import { defineConfig } from 'vitest/config';

// Unit tests need no browser and no build; tests/build/ reads dist/ and so runs after
// `npm run build` (the `npm test` script orders it so).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
