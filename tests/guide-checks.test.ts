import { describe, expect, it } from 'vitest';
import type { Guide } from '../src/schemas/guide';
import { guideSchema } from '../src/schemas/guide';
import { guideErrors, planMinutes, type GuidePage } from '../src/utils/guide-checks';
import { courseTotals } from '../src/utils/schedule';

function guide(overrides: Partial<Guide> = {}): Guide {
  return {
    lesson: 'first',
    vocabulary: ['trolling'],
    materials: ['Printed handout'],
    workshopMinutes: 30,
    plans: {
      selfStudy: [
        { minutes: 15, step: 'Read' },
        { minutes: 5, step: 'Quiz' },
      ],
      classroom: [
        { minutes: 40, step: 'Teach' },
        { minutes: 10, step: 'Quiz' },
      ],
      workshop: [{ minutes: 30, step: 'Everything' }],
    },
    ...overrides,
  };
}
const lessons = (['en', 'ar'] as const).map((locale) => ({
  locale,
  lessonId: 'first',
  minutes: { selfStudy: 20, classroom: 50 },
}));
const page = (locale: 'en' | 'ar', data: Guide | undefined = guide()): GuidePage => ({
  file: `src/content/docs/${locale === 'ar' ? 'ar/' : ''}teach/first.mdx`,
  locale,
  slug: 'teach/first',
  guide: data,
});

describe('guideErrors', () => {
  it('accepts guides whose plans add up, in both languages', () => {
    expect(guideErrors([page('en'), page('ar')], lessons, ['trolling'])).toEqual([]);
  });

  it('names a plan that does not add up to the lesson time', () => {
    const short = guide();
    short.plans.classroom = [{ minutes: 45, step: 'Teach' }];
    expect(guideErrors([page('en', short), page('ar')], lessons, ['trolling'])).toContain(
      'src/content/docs/teach/first.mdx: "guide.plans.classroom" adds up to 45 minutes but should add up to 50',
    );
  });

  it('names a workshop plan that does not add up to workshopMinutes', () => {
    const errors = guideErrors([page('en', guide({ workshopMinutes: 90 })), page('ar')], lessons, [
      'trolling',
    ]);
    expect(errors[0]).toMatch(
      /"guide.plans.workshop" adds up to 30 minutes but should add up to 90/,
    );
  });

  it('requires a guide for every lesson in every language', () => {
    expect(guideErrors([page('en')], lessons, ['trolling'])).toEqual([
      'lesson "first" has no teacher guide at src/content/docs/ar/teach/first.mdx',
    ]);
  });

  it('rejects vocabulary that is not in the glossary', () => {
    expect(guideErrors([page('en'), page('ar')], lessons, [])).toHaveLength(2);
  });

  it('rejects a guide page without guide data, or for another lesson', () => {
    expect(
      guideErrors([{ ...page('en'), guide: undefined }, page('ar')], lessons, ['trolling']),
    ).toContain(
      'src/content/docs/teach/first.mdx: a teacher guide needs the "guide" field in its frontmatter',
    );
    expect(
      guideErrors([page('en', guide({ lesson: 'other' })), page('ar')], lessons, ['trolling'])[0],
    ).toMatch(/"guide.lesson" is "other" but the file name says "first"/);
  });

  it('requires the Arabic plan to keep the English minutes step by step', () => {
    const arabic = guide();
    arabic.plans.selfStudy = [
      { minutes: 5, step: 'Quiz' },
      { minutes: 15, step: 'Read' },
    ];
    expect(guideErrors([page('en'), page('ar', arabic)], lessons, ['trolling'])).toEqual([
      "src/content/docs/ar/teach/first.mdx: the selfStudy plan's minutes (5,15) differ from the English guide's (15,5)",
    ]);
  });
});

describe('the guide schema', () => {
  it('rejects a step without minutes, naming the field', () => {
    const broken = { ...guide(), plans: { ...guide().plans, workshop: [{ step: 'All' }] } };
    const result = guideSchema.safeParse(broken);
    expect(result.error!.issues[0]!.path.join('.')).toBe('plans.workshop.0.minutes');
  });
});

describe('course totals', () => {
  it('adds up each format and gives hours and minutes', () => {
    const plan = guide();
    const one = {
      selfStudy: planMinutes(plan, 'selfStudy'),
      classroom: planMinutes(plan, 'classroom'),
      workshop: 95,
    };
    expect(courseTotals([one, one])).toEqual({
      selfStudy: { minutes: 40, hours: 0, rest: 40 },
      classroom: { minutes: 100, hours: 1, rest: 40 },
      workshop: { minutes: 190, hours: 3, rest: 10 },
    });
  });
});
