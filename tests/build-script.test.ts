/*
 * scripts/build.mjs ends a build that has finished but hangs on exit (nodejs/node#54918), keeps
 * a failing build's exit code, and drops exactly the one known noise line. A stand-in for
 * `astro build` plays each part.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../scripts/build.mjs';

async function run(script: string, graceMs = 500) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const started = Date.now();
  const code: number = await runBuild({
    command: [process.execPath, '-e', script],
    graceMs,
    stdout,
    stderr,
  });
  return { code, out, err, ms: Date.now() - started };
}

describe('the build script', () => {
  it('stops a build that said "Complete!" and then never exits, and counts it as done', async () => {
    const { code, out, err, ms } = await run(
      `console.log('10:00:00 [build] Complete!'); setInterval(() => {}, 1000);`,
    );
    expect(code).toBe(0);
    expect(out).toContain('[build] Complete!');
    expect(err).toContain('nodejs/node#54918');
    expect(ms).toBeLessThan(5000);
  });

  it('keeps the exit code of a build that fails', async () => {
    const { code } = await run(`console.error('broken'); process.exit(3);`);
    expect(code).toBe(3);
  });

  it('does not stop a build that has not finished', async () => {
    const { code, err } = await run(
      `setTimeout(() => { console.log('[build] Complete!'); }, 800);`,
      300,
    );
    expect(code).toBe(0);
    expect(err).toBe('');
  });

  it('drops the missing-404 warning and nothing else', async () => {
    const { out, err } = await run(
      // As Astro prints it: the warning lands in the middle of the line listing the 404 page.
      `process.stdout.write('  ├─ /404.html10:00:00 [WARN] [content] Entry docs → 404 was not found.\\n (+35ms)\\n');` +
        `console.error('10:00:01 [WARN] [content] Entry docs → about was not found.');` +
        `console.log('[build] Complete!');`,
    );
    expect(out).toContain('  ├─ /404.html (+35ms)\n');
    expect(out).not.toContain('404 was not found');
    expect(err).toContain('Entry docs → about was not found.');
  });
});
