/*
 * Builds the site once for the whole test run, into dist/, exactly as `npm run build` does: in a
 * clean production environment, not Vitest's (whose NODE_ENV=test and Vite variables would make
 * Starlight render its development-only search placeholder). A build that still comes out as a
 * development build is deleted, so nobody deploys it. Set SKIP_BUILD=1 to reuse an existing dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { productionEnv } from '../support/build-env';
import { DEV_SEARCH_PLACEHOLDER } from '../support/production';

export default function buildSite() {
  if (process.env.SKIP_BUILD && existsSync('dist/index.html')) return;
  // scripts/build.mjs is `npm run build`: astro build, ended if it hangs after finishing.
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: productionEnv(),
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}`);
  if (readFileSync('dist/index.html', 'utf8').includes(DEV_SEARCH_PLACEHOLDER)) {
    rmSync('dist', { recursive: true, force: true });
    throw new Error('the test build came out as a development build; dist/ was deleted');
  }
}
