/*
 * `npm run build`: `astro build` (any arguments are passed on), made to end and to be quiet.
 *
 * - It ends. Node 24 can deadlock while shutting down, after the build is written and
 *   "[build] Complete!" printed: the main thread waits for a compiler thread that waits for the
 *   main thread (nodejs/node#54918, nodejs/node#64560). If the build has said "Complete!" and
 *   its process has not exited GRACE_MS later, the process is stopped and the build counts as
 *   done, with a message saying so. A build that fails still fails with its own exit code.
 * - It is quiet. Exactly one known, harmless line is dropped: Starlight looks for an optional
 *   custom 404 page in the docs collection, and Astro warns that it is absent
 *   (`[WARN] [content] Entry docs → 404 was not found.`). Everything else is shown as it comes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const GRACE_MS = Number(process.env.BUILD_EXIT_GRACE_MS ?? 30_000);
const NOISE = [/(\d\d:\d\d:\d\d )?\[WARN\] \[content\] Entry docs → 404 was not found\.\s*/g];
const DONE = /\[build\] Complete!/;
const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Run a build command; resolves to its exit code, or 0 when it finished but hung on exit.
 * @param {{ command?: string[], graceMs?: number, stdout?: NodeJS.WritableStream,
 *   stderr?: NodeJS.WritableStream, env?: NodeJS.ProcessEnv }} options
 */
export function runBuild({
  command = [process.execPath, ASTRO, 'build', ...process.argv.slice(2)],
  graceMs = GRACE_MS,
  stdout = process.stdout,
  stderr = process.stderr,
  env = process.env,
} = {}) {
  const child = spawn(command[0], command.slice(1), { stdio: ['inherit', 'pipe', 'pipe'], env });
  let watchdog;
  let done = false;

  const relay = (from, to) => {
    let pending = '';
    const write = (text) => {
      const quiet = NOISE.reduce((t, noise) => t.replace(noise, ''), text);
      if (quiet) to.write(quiet);
      if (!done && DONE.test(plain(text))) {
        done = true;
        watchdog = setTimeout(() => {
          stderr.write(
            `\nbuild: the build finished ("Complete!") but its process had not exited ` +
              `${graceMs / 1000} s later (a Node shutdown hang, nodejs/node#54918); stopping it. ` +
              `The built site is complete.\n`,
          );
          child.kill('SIGKILL');
        }, graceMs);
      }
    };
    from.setEncoding('utf8');
    from.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) write(`${line}\n`);
    });
    from.on('end', () => pending && write(pending));
  };
  relay(child.stdout, stdout);
  relay(child.stderr, stderr);

  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      if (done && signal === 'SIGKILL') resolve(0);
      else resolve(code ?? 1);
    });
  });
}

if (import.meta.main) process.exitCode = await runBuild();
