import { configDefaults, defineConfig } from 'vitest/config'

// The suite twice: on SQLite, and on PostgreSQL (see ../vitest.config.ts).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'src/scale-out.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'src/crash.test.ts'],
          env: { SIGNOFF_TEST_DATABASE: 'postgres' },
        },
      },
    ],
  },
})
