/*
 * Broken content must fail the build with the file and the field named. Each case builds a
 * one-lesson course (tests/fixtures/mini-course) with the site's real code and one mistake.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
// Inside the project, so the fixture resolves the project's node_modules.
const WORK = join(ROOT, 'tests/.tmp');

function buildWithMistake(name: string, file: string, edit: (text: string) => string): string {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, entry), join(dir, entry));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (source) =>
      !/src\/content\/(docs\/(ar\/)?lessons|quizzes|exercises|glossary)/.test(source),
  });
  cpSync(join(ROOT, 'tests/fixtures/mini-course/src'), join(dir, 'src'), { recursive: true });
  const target = join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir],
      {
        stdio: 'pipe',
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error(`the build of "${name}" succeeded, but it should have failed`);
}

describe('a broken content file fails the build, naming the file and the field', () => {
  it('when a quiz option has empty feedback', () => {
    const output = buildWithMistake(
      'empty-feedback',
      'src/content/quizzes/en/territory-to-timeline.yaml',
      (text) => text.replace('feedback: Because. }', 'feedback: "" }'),
    );
    expect(output).toContain('quizzes/en/territory-to-timeline.yaml');
    expect(output).toContain('questions.0.options.0.feedback: feedback must not be empty');
  });

  it('when a single-answer question has two correct options', () => {
    const output = buildWithMistake(
      'two-correct',
      'src/content/quizzes/ar/territory-to-timeline.yaml',
      (text) => text.replace('text: That one, correct: false', 'text: That one, correct: true'),
    );
    expect(output).toContain('quizzes/ar/territory-to-timeline.yaml');
    expect(output).toMatch(
      /questions\.0\.options: question "first": a "single" question has 2 correct options/,
    );
  });

  it('when a lesson leaves out a lesson field', () => {
    const output = buildWithMistake(
      'missing-objectives',
      'src/content/docs/lessons/territory-to-timeline.mdx',
      (text) => text.replace(/^objectives:.*\n/m, ''),
    );
    expect(output).toContain(
      'src/content/docs/lessons/territory-to-timeline.mdx: the lesson field "objectives" is missing from the frontmatter',
    );
  });

  it('when a lesson field is malformed', () => {
    const output = buildWithMistake(
      'bad-audience',
      'src/content/docs/ar/lessons/territory-to-timeline.mdx',
      (text) => text.replace('audience: 13+', 'audience: teenagers'),
    );
    expect(output).toContain('ar/lessons/territory-to-timeline.mdx');
    expect(output).toContain('audience: audience is a minimum age such as "13+" or "16+"');
  });

  it('when a lesson names a quiz that does not exist', () => {
    const output = buildWithMistake(
      'missing-quiz',
      'src/content/docs/lessons/territory-to-timeline.mdx',
      (text) => text.replace('quiz: territory-to-timeline', 'quiz: no-such-quiz'),
    );
    expect(output).toContain(
      'src/content/docs/lessons/territory-to-timeline.mdx: "quiz" names "no-such-quiz" but src/content/quizzes/en/no-such-quiz.yaml does not exist',
    );
  });

  it('when the English and Arabic quizzes disagree on an answer', () => {
    const output = buildWithMistake(
      'parity',
      'src/content/quizzes/ar/territory-to-timeline.yaml',
      // Arabic marks "true" correct where English marks "false".
      (text) =>
        text
          .replace(/(id: 'true'.*correct: )false/, '$1true')
          .replace(/(id: 'false'.*correct: )true/, '$1false'),
    );
    expect(output).toContain(
      'quiz "territory-to-timeline" (en/territory-to-timeline.yaml vs ar/territory-to-timeline.yaml), question "third": correct answers differ (English: false; Arabic: true)',
    );
  });
});

describe('a broken exercise fails the build, naming the file and the field', () => {
  it('when an item names a group that does not exist', () => {
    const output = buildWithMistake(
      'exercise-no-group',
      'src/content/exercises/en/mini-sort.yaml',
      (text) => text.replace('group: misleading', 'group: nowhere'),
    );
    expect(output).toContain('exercises/en/mini-sort.yaml');
    expect(output).toContain('items.1.group: item "second": there is no group "nowhere"');
  });

  it('when a phrase names a technique that is not one of lesson 4’s', () => {
    const output = buildWithMistake(
      'exercise-unknown-technique',
      'src/content/exercises/ar/mini-spot.yaml',
      (text) => text.replace('technique: emotional-language', 'technique: mind-control'),
    );
    expect(output).toContain('exercises/ar/mini-spot.yaml');
    expect(output).toContain('phrases.0.technique');
    expect(output).toContain('unknown technique "mind-control"');
  });

  it('when a marked phrase does not match the post', () => {
    const output = buildWithMistake(
      'exercise-phrase',
      'src/content/exercises/en/mini-spot.yaml',
      (text) => text.replace('quote: SHOCKING news', 'quote: Shocking news'),
    );
    expect(output).toContain('exercises/en/mini-spot.yaml');
    expect(output).toContain(
      'phrases.0.quote: "Shocking news" does not occur in post.text word for word',
    );
  });

  it('when the English and Arabic answers differ', () => {
    const output = buildWithMistake(
      'exercise-parity',
      'src/content/exercises/ar/mini-sort.yaml',
      (text) => text.replace('group: misleading', 'group: holds'),
    );
    expect(output).toContain(
      'exercise "mini-sort" (en/mini-sort.yaml vs ar/mini-sort.yaml): items (group) differ (English: holds, misleading, holds; Arabic: holds, holds, holds)',
    );
  });
});
