import { configDefaults, defineConfig } from 'vitest/config'

// Two projects: everything on the embedded SQLite database, and the runtime's suite again on
// PostgreSQL (SIGNOFF_TEST_DATABASE=postgres; the server at SIGNOFF_TEST_POSTGRES_URL, default
// postgres://postgres@127.0.0.1:5432/test, must be reachable). The multi-process test is
// PostgreSQL's alone; the crash test runs on each project's database.
const multiProcess = 'runtime/src/scale-out.test.ts'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: [
            'schemas/src/**/*.test.ts',
            'packages/*/src/**/*.test.ts',
            'runtime/src/**/*.test.ts',
            'test/**/*.test.ts',
            'designer/src/**/*.test.ts',
            'packages/*/src/**/*.test.tsx',
            'designer/src/**/*.test.tsx',
            'runtime/web/src/**/*.test.ts',
            'bench/src/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, multiProcess],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['runtime/src/**/*.test.ts'],
          exclude: [...configDefaults.exclude],
          env: { SIGNOFF_TEST_DATABASE: 'postgres' },
        },
      },
    ],
  },
})
