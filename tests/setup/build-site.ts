/*
 * Builds the site once for the whole test run, into dist/, so tests of the built HTML read
 * exactly what `npm run build` ships. Set SKIP_BUILD=1 to reuse an existing dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function buildSite() {
  if (process.env.SKIP_BUILD && existsSync('dist/index.html')) return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
