import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Fixture builds take 10–20 s on a quiet 2-core machine; leave room for a busy one.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        // Pure logic and content files: no build, no browser.
        extends: true,
        test: { name: 'unit', include: ['tests/*.test.ts'] },
      },
      {
        // The built site: builds once per run (tests/setup/build-site.ts), then reads dist/.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
        },
      },
    ],
  },
});
