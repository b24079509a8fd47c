/*
 * Broken content must fail the build with the file and the field named. The fixture
 * (tests/fixtures/mini-course, a one-lesson course built with the site's real code) first builds
 * clean; then each case breaks one thing in it and reads the build's error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/fixture-site';

let cleanOutput = '';
beforeAll(() => {
  const clean = buildFixture('clean');
  clean.cleanUp();
  if (!clean.ok)
    throw new Error(`the fixture must build clean before a case breaks it:\n${clean.output}`);
  cleanOutput = clean.output;
}, 300_000);

// A warning must mean something: a clean build prints none (scripts/build.mjs, astro.config.mjs).
it('builds the clean fixture without a single warning', () => {
  expect(cleanOutput).toContain('[build] Complete!');
  expect(cleanOutput.split('\n').filter((line) => /\[WARN\]|warning/i.test(line))).toEqual([]);
});

function buildWithMistake(name: string, file: string, edit: (text: string) => string): string {
  let changed = false;
  const build = buildFixture(name, {
    edits: {
      [file]: (text) => {
        const broken = edit(text);
        changed = broken !== text;
        return broken;
      },
    },
  });
  build.cleanUp();
  if (!changed) throw new Error(`the case "${name}" did not change ${file}`);
  if (build.ok) throw new Error(`the build of "${name}" succeeded, but it should have failed`);
  return build.output;
}

// Each case is a whole build: up to a minute or two on a busy 2-core machine.
describe(
  'a broken content file fails the build, naming the file and the field',
  { timeout: 240_000 },
  () => {
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
      // Only the one mistake: the rest of the fixture is clean.
      expect(output).toContain('The course content has 1 problem:');
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
      // Only the one mistake: the rest of the fixture is clean.
      expect(output).toContain('The course content has 1 problem:');
    });

    it('when a source address is not a web address (it would run code when clicked)', () => {
      const output = buildWithMistake(
        'javascript-url',
        'src/content/docs/ar/lessons/territory-to-timeline.mdx',
        (text) => text.replace('url: https://example.org/report', 'url: "javascript:alert(1)"'),
      );
      expect(output).toContain('ar/lessons/territory-to-timeline.mdx');
      expect(output).toContain(
        'sources.0.url: url must be a web address starting with https:// or http://',
      );
    });

    it('when a page links to a page that does not exist', () => {
      const output = buildWithMistake(
        'broken-link',
        'src/content/docs/lessons/territory-to-timeline.mdx',
        (text) =>
          text.replace('## Hello', '## Hello\n\nSee [the next lesson](/lessons/no-such-lesson/).'),
      );
      expect(output).toMatch(/lessons\/territory-to-timeline[\s\S]*\/lessons\/no-such-lesson\//);
    });

    it('when a link names an anchor that does not exist', () => {
      const output = buildWithMistake(
        'broken-anchor',
        'src/content/docs/ar/lessons/territory-to-timeline.mdx',
        (text) =>
          text.replace(
            '## Hello',
            '## Hello\n\n[الدليل](/ar/teach/territory-to-timeline/#no-such-part)',
          ),
      );
      expect(output).toContain('/ar/teach/territory-to-timeline/#no-such-part');
    });
  },
);
