import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'schemas/src/**/*.test.ts',
      'packages/*/src/**/*.test.ts',
      'runtime/src/**/*.test.ts',
      'test/**/*.test.ts',
      'designer/src/**/*.test.ts',
    ],
    testTimeout: 60_000,
  },
})
