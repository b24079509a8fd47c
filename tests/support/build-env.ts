/*
 * The environment a production build gets: the user's own, minus what Vitest and Vite put into
 * it. A build started from inside Vitest inherits NODE_ENV=test, MODE, DEV, PROD and VITE_*
 * variables, and Starlight then renders its development-only search placeholder instead of
 * search; tests must read the site that `npm run build` ships.
 */
const LEAKED = /^(NODE_ENV|VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL|VITE_.*|__VITEST.*)$/;

export function productionEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !LEAKED.test(key)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
