import { describe, expect, it } from 'vitest';
import { exerciseSchema, type Exercise } from '../src/schemas/exercise';
import { exerciseErrors, exerciseParityErrors } from '../src/utils/exercise-checks';

const issues = (data: unknown) => {
  const parsed = exerciseSchema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const base = { lesson: 'first', title: 'T', instructions: 'Do it.' };
const post = (id: string, honest: boolean, technique?: string) => ({
  id,
  author: '@a',
  text: 'Text.',
  honest,
  technique,
  feedback: 'Why.',
});
const rate = (
  posts = [
    post('a', true),
    post('b', false, 'fearmongering'),
    post('c', true),
    post('d', false, 'trolling'),
  ],
) => ({
  ...base,
  type: 'rate',
  choices: ['fearmongering', 'trolling'],
  posts,
});
const sort = (overrides: Record<string, unknown> = {}) => ({
  ...base,
  type: 'sort',
  groups: [
    { id: 'keep', label: 'Keep' },
    { id: 'remove', label: 'Remove' },
  ],
  items: ['x', 'y', 'z'].map((id) => ({ id, text: 'T', group: 'keep', feedback: 'F' })),
  ...overrides,
});

describe('the exercise schema', () => {
  it('accepts a well-formed exercise of each kind it is given', () => {
    expect(issues(rate())).toEqual([]);
    expect(issues(sort())).toEqual([]);
  });

  it('rate: an honest post names no technique, a manipulative one must, from the choices', () => {
    expect(
      issues(
        rate([
          post('a', true, 'trolling'),
          post('b', false),
          post('c', true),
          post('d', false, 'conspiracy'),
        ]),
      ),
    ).toEqual([
      'posts.0.technique: post "a" is honest, so it names no technique',
      'posts.1.technique: post "b" is manipulative: name its technique',
      'posts.3.technique: "conspiracy" is not among this exercise\'s choices',
    ]);
  });

  it('rate: mixes honest and manipulative posts', () => {
    expect(
      issues(rate([post('a', true), post('b', true), post('c', true), post('d', true)])),
    ).toContain(
      'posts: mix honest and manipulative posts, so that distrusting everything does not pay',
    );
  });

  it('spot: phrases occur once in the post, do not overlap, and include an innocent one', () => {
    const spot = (phrases: { id: string; quote: string; technique: string }[]) => ({
      ...base,
      type: 'spot',
      choices: ['fearmongering', 'trolling'],
      post: { author: '@a', text: 'Be afraid, be very afraid. Meeting at six.' },
      phrases: phrases.map((p) => ({ ...p, feedback: 'F' })),
    });
    expect(
      issues(
        spot([
          { id: 'a', quote: 'be very afraid', technique: 'fearmongering' },
          { id: 'b', quote: 'Meeting at six', technique: 'none' },
        ]),
      ),
    ).toEqual([]);
    expect(
      issues(
        spot([
          { id: 'a', quote: 'Be afraid, be very', technique: 'fearmongering' },
          { id: 'b', quote: 'be very afraid', technique: 'trolling' },
          { id: 'c', quote: 'Meeting at seven', technique: 'none' },
        ]),
      ),
    ).toEqual([
      'phrases.2.quote: "Meeting at seven" does not occur in post.text word for word',
      'phrases: phrases "a" and "b" overlap',
    ]);
    expect(
      issues(
        spot([
          { id: 'a', quote: 'afraid', technique: 'fearmongering' },
          { id: 'b', quote: 'six', technique: 'trolling' },
        ]),
      ),
    ).toEqual([
      'phrases.0.quote: "afraid" occurs more than once in post.text; quote more words',
      'phrases: mark at least one innocent phrase (technique: none)',
    ]);
  });

  it('sort: every item names an existing group; a moderation desk says what errors cost', () => {
    expect(
      issues(
        sort({
          items: [
            { id: 'x', text: 'T', group: 'nowhere', feedback: 'F' },
            ...sort().items.slice(1),
          ],
        }),
      ),
    ).toEqual(['items.0.group: item "x": there is no group "nowhere"']);
    const desk = issues(sort({ policy: 'Remove recruitment.' }));
    expect(desk).toContain(
      'items.0.cost: item "x": a moderation desk says what a wrong call costs',
    );
    expect(desk).toContain(
      'groups.0.staysUp: group "keep": a moderation desk says whether the post stays up',
    );
  });

  it('lateral: exactly one right judgement and at least one essential page', () => {
    const lateral = {
      ...base,
      type: 'lateral',
      post: { author: '@a', text: 'Claim.' },
      question: 'What do you do?',
      options: [
        { id: 'a', text: 'A', correct: true, feedback: 'F' },
        { id: 'b', text: 'B', correct: true, feedback: 'F' },
      ],
      pages: [
        { id: 'search', title: 'S', address: 'search.invented' },
        { id: 'about', title: 'A', address: 'about.invented' },
      ],
      explanation: 'E',
    };
    expect(issues(lateral)).toEqual([
      'options: exactly one judgement is marked correct: true',
      'pages: mark at least one page essential: true',
    ]);
  });
});

describe('English and Arabic exercises', () => {
  const parsed = (data: unknown) => exerciseSchema.parse(data) as Exercise;
  it('must agree on every answer', () => {
    const en = parsed(sort());
    const ar = parsed(
      sort({ items: sort().items.map((i, n) => ({ ...i, group: n ? 'keep' : 'remove' })) }),
    );
    expect(exerciseParityErrors('desk', en, ar, 'ar')).toEqual([
      'exercise "desk" (en/desk.yaml vs ar/desk.yaml): items (group) differ (English: keep, keep, keep; Arabic: remove, keep, keep)',
    ]);
    expect(exerciseParityErrors('desk', en, parsed(rate()), 'ar')[0]).toContain('"type" differs');
  });

  it('must both exist, and belong to a lesson of the course', () => {
    const file = (locale: 'en' | 'ar', lesson = 'first') => ({
      file: `src/content/exercises/${locale}/desk.yaml`,
      locale,
      exerciseId: 'desk',
      exercise: parsed(sort({ lesson })),
    });
    expect(exerciseErrors([file('en')], new Set(['first']))).toEqual([
      'src/content/exercises/en/desk.yaml: has no twin at src/content/exercises/ar/desk.yaml',
    ]);
    expect(exerciseErrors([file('en', 'gone'), file('ar', 'gone')], new Set(['first']))).toEqual([
      'src/content/exercises/en/desk.yaml: "lesson" names "gone", which is not a lesson of the course',
      'src/content/exercises/ar/desk.yaml: "lesson" names "gone", which is not a lesson of the course',
    ]);
  });
});
