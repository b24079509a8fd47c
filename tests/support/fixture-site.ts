/*
 * Builds small courses with the site's real code: the project's config and src/, with the
 * course content (lessons, their guides, quizzes, glossary, workshops) replaced by a fixture's.
 * Fixtures are layered: tests/fixtures/mini-course is a one-lesson course in English and
 * Arabic that builds clean; tests/fixtures/third-locale adds French to it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { productionEnv } from './build-env';

export const ROOT = join(import.meta.dirname, '../..');
// Inside the project, so the fixture resolves the project's node_modules.
const WORK = join(ROOT, 'tests/.tmp');

/** Course content the fixtures replace; everything else in src/ is the real site. */
const COURSE_CONTENT = [
  /^content\/docs\/([a-z]{2,3}\/)?(lessons|workshops)(\/|$)/,
  // About links to lessons by name; the fixture has its own.
  /^content\/docs\/([a-z]{2,3}\/)?about\.mdx$/,
  /^content\/docs\/([a-z]{2,3}\/)?teach\/(?!(schedule|answer-keys)\.mdx$)/,
  /^content\/(quizzes|glossary)(\/|$)/,
  // The discernment check's pages need lesson 4; fixtures carry plain stand-ins for them.
  /^content\/docs\/([a-z]{2,3}\/)?check\.mdx$/,
];

export interface FixtureBuild {
  ok: boolean;
  /** stdout and stderr, without colours. */
  output: string;
  /** The built site, kept until cleanUp(). */
  dist: string;
  cleanUp(): void;
}

export interface FixtureOptions {
  /** Fixture folders under tests/fixtures, copied in this order over the site. */
  fixtures?: string[];
  /** Files to change after copying: path relative to the fixture root → new text. */
  edits?: Record<string, (text: string) => string>;
  /** Extra environment for the build, such as BASE_PATH. */
  env?: Record<string, string>;
}

/** Copy the site with the given fixtures on top into tests/.tmp/<name>, edit it, build it. */
export function buildFixture(
  name: string,
  { fixtures = ['mini-course'], edits = {}, env = {} }: FixtureOptions = {},
): FixtureBuild {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, entry), join(dir, entry));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (source) => {
      const path = relative(join(ROOT, 'src'), source);
      return !COURSE_CONTENT.some((pattern) => pattern.test(path));
    },
  });
  for (const fixture of fixtures)
    cpSync(join(ROOT, 'tests/fixtures', fixture), dir, { recursive: true });
  for (const [file, change] of Object.entries(edits)) {
    const target = join(dir, file);
    writeFileSync(target, change(existsSync(target) ? readFileSync(target, 'utf8') : ''));
  }
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--root', dir], {
    encoding: 'utf8',
    env: productionEnv({ FORCE_COLOR: '0', NO_COLOR: '1', ...env }),
    timeout: 240_000,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
    dist: join(dir, 'dist'),
    cleanUp: () => rmSync(dir, { recursive: true, force: true }),
  };
}
