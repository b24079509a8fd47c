/*
 * The check's pure TypeScript modules, bundled on the fly with esbuild (a dependency of the
 * build tools), so browser tests can make and read result codes the way the site does.
 */
import { build } from 'esbuild';

export async function checkModules() {
  const result = await build({
    stdin: {
      contents: `export * from './src/utils/check/result-code.ts'; export * from './src/utils/check/scoring.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}
