import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/property/**/*.test.ts',
      'tests/search/**/*.test.ts',
      'tests/build/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 120_000,
  },
});
