/* A test file that imports another runs that file's tests again: shared code lives in support/. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const TESTS = import.meta.dirname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['.tmp', 'fixtures'].includes(entry.name) ? [] : files(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });

it('no test file imports another test file', () => {
  const offenders = files(TESTS).filter((file) =>
    /from\s+['"][^'"]*\.test(\.[cm]?[jt]s)?['"]/.test(readFileSync(file, 'utf8')),
  );
  expect(offenders.map((f) => relative(TESTS, f))).toEqual([]);
});
