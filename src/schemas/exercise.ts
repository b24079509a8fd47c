import { z } from 'astro/zod';
import { TECHNIQUES, type Technique } from './quiz';

/*
 * An exercise is data: one YAML file per exercise per language,
 * src/content/exercises/{en,ar}/<exercise-id>.yaml. Five types, a union discriminated by
 * `type`. Rules inside one file (an item's group exists, a marked phrase occurs in the post)
 * are refinements with a `path`, so a broken file fails the build naming the field; rules
 * across files (English and Arabic agree, the lesson exists) are in exercise-checks.ts.
 */

const text = (field: string) => z.string().trim().min(1, `${field} must not be empty`);
const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** Lesson 4's ten techniques, by their glossary ids: the quizzes' list (names come from the glossary). */
export const TECHNIQUE_IDS = TECHNIQUES;
export type TechniqueId = Technique;
const technique = z.enum(TECHNIQUE_IDS, {
  error: (issue) =>
    `unknown technique "${String(issue.input)}"; use one of lesson 4's: ${TECHNIQUE_IDS.join(', ')}`,
});

export const EXAMPLE_KINDS = ['post', 'chat', 'headline', 'article', 'profile', 'message'] as const;

/** An invented post, chat message or headline, shown in an "Invented example" box. */
export const postSchema = z.object({
  kind: z.enum(EXAMPLE_KINDS).default('post'),
  /** Who posted it: a handle or a name, shown in bold. */
  author: text('author'),
  /** When or where: "12 Nov 2018", "family group", "account created today". */
  meta: z.string().trim().min(1).optional(),
  text: text('text'),
});

const base = {
  lesson: id,
  title: text('title'),
  instructions: text('instructions'),
};

/* 1. rate: share, check first, or don't share; name the technique of a manipulative post. */
export const RATE_CALLS = ['share', 'check', 'dont-share'] as const;
export type RateCall = (typeof RATE_CALLS)[number];
const rateSchema = z.object({
  type: z.literal('rate'),
  ...base,
  /** The techniques offered when naming what a manipulative post does. */
  choices: z.array(technique).min(2, 'offer at least two techniques'),
  posts: z
    .array(
      postSchema.extend({
        id,
        /** A trustworthy post: the right call is "looks careful: confirm, then share". */
        honest: z.boolean(),
        /** The technique of a manipulative post; honest posts have none. */
        technique: technique.optional(),
        feedback: text('feedback'),
      }),
    )
    .min(4, 'a rate exercise needs at least four posts'),
});

/* 2. spot: marked phrases of one post, each a technique or "nothing wrong here". */
export const NOTHING = 'none';
const spotSchema = z.object({
  type: z.literal('spot'),
  ...base,
  choices: z.array(technique).min(2, 'offer at least two techniques'),
  post: postSchema,
  phrases: z
    .array(
      z.object({
        id,
        /** The exact words of the post that are marked. */
        quote: text('quote'),
        technique: z.enum([NOTHING, ...TECHNIQUE_IDS], {
          error: (issue) =>
            `unknown technique "${String(issue.input)}"; use "${NOTHING}" or one of lesson 4's: ${TECHNIQUE_IDS.join(', ')}`,
        }),
        feedback: text('feedback'),
      }),
    )
    .min(2, 'mark at least two phrases'),
});

/* 3. order: items written in the right order; the page shows them shuffled. */
const orderSchema = z.object({
  type: z.literal('order'),
  ...base,
  items: z
    .array(z.object({ id, text: text('text'), when: text('when') }))
    .min(3, 'an order exercise needs at least three items'),
  explanation: text('explanation'),
});

/* 4. sort: items into groups; a moderation desk adds a policy card and the cost of errors. */
const sortSchema = z.object({
  type: z.literal('sort'),
  ...base,
  /** A moderation desk's policy card; its groups then say whether the post stays up. */
  policy: z.string().trim().min(1).optional(),
  groups: z
    .array(
      z.object({
        id,
        label: text('label'),
        hint: z.string().trim().min(1).optional(),
        /** Moderation desk only: does the post stay visible (keep, label) or not? */
        staysUp: z.boolean().optional(),
      }),
    )
    .min(2, 'a sort exercise needs at least two groups'),
  items: z
    .array(
      postSchema.extend({
        id,
        kind: z.enum(EXAMPLE_KINDS).optional(),
        author: z.string().trim().min(1).optional(),
        group: id,
        /** Other groups also accepted as right (hard cases). */
        alsoRight: z.array(id).optional(),
        feedback: text('feedback'),
        /** Moderation desk: what a wrong decision would cost. */
        cost: z.string().trim().min(1).optional(),
      }),
    )
    .min(3, 'a sort exercise needs at least three items'),
});

/* 5. lateral: open invented pages about the source before judging the post. */
export const LATERAL_PAGES = ['search', 'about', 'fact-check', 'original'] as const;
const lateralSchema = z.object({
  type: z.literal('lateral'),
  ...base,
  post: postSchema,
  question: text('question'),
  options: z
    .array(z.object({ id, text: text('text'), correct: z.boolean(), feedback: text('feedback') }))
    .min(2, 'offer at least two judgements'),
  pages: z
    .array(
      z.object({
        id: z.enum(LATERAL_PAGES),
        title: text('title'),
        /** The invented address shown in the page's frame. */
        address: text('address'),
        paragraphs: z.array(text('paragraph')).default([]),
        results: z
          .array(
            z.object({ title: text('title'), address: text('address'), snippet: text('snippet') }),
          )
          .optional(),
        /** A page a careful reader opens before judging; all of them for "mastery". */
        essential: z.boolean().default(false),
      }),
    )
    .min(2, 'a lateral exercise needs at least two pages'),
  explanation: text('explanation'),
});

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string) =>
  ctx.addIssue({ code: 'custom', path, message });

function uniqueIds(ctx: Ctx, path: string, ids: string[]) {
  for (const repeated of duplicates(ids))
    issue(ctx, [path], `id "${repeated}" is used more than once`);
}

export const exerciseSchema = z
  .discriminatedUnion('type', [rateSchema, spotSchema, orderSchema, sortSchema, lateralSchema])
  .superRefine((exercise, ctx) => {
    switch (exercise.type) {
      case 'rate': {
        uniqueIds(
          ctx,
          'posts',
          exercise.posts.map((p) => p.id),
        );
        exercise.posts.forEach((post, i) => {
          if (post.honest && post.technique)
            issue(
              ctx,
              ['posts', i, 'technique'],
              `post "${post.id}" is honest, so it names no technique`,
            );
          if (!post.honest && !post.technique)
            issue(
              ctx,
              ['posts', i, 'technique'],
              `post "${post.id}" is manipulative: name its technique`,
            );
          if (post.technique && !exercise.choices.includes(post.technique))
            issue(
              ctx,
              ['posts', i, 'technique'],
              `"${post.technique}" is not among this exercise's choices`,
            );
        });
        const honest = exercise.posts.filter((p) => p.honest).length;
        if (!honest || honest === exercise.posts.length)
          issue(
            ctx,
            ['posts'],
            'mix honest and manipulative posts, so that distrusting everything does not pay',
          );
        break;
      }
      case 'spot': {
        uniqueIds(
          ctx,
          'phrases',
          exercise.phrases.map((p) => p.id),
        );
        const spans: [number, number, string][] = [];
        exercise.phrases.forEach((phrase, i) => {
          const at = exercise.post.text.indexOf(phrase.quote);
          if (at < 0)
            issue(
              ctx,
              ['phrases', i, 'quote'],
              `"${phrase.quote}" does not occur in post.text word for word`,
            );
          else if (exercise.post.text.indexOf(phrase.quote, at + 1) >= 0)
            issue(
              ctx,
              ['phrases', i, 'quote'],
              `"${phrase.quote}" occurs more than once in post.text; quote more words`,
            );
          else spans.push([at, at + phrase.quote.length, phrase.id]);
          if (phrase.technique !== NOTHING && !exercise.choices.includes(phrase.technique))
            issue(
              ctx,
              ['phrases', i, 'technique'],
              `"${phrase.technique}" is not among this exercise's choices`,
            );
        });
        spans.sort((a, b) => a[0] - b[0]);
        spans.forEach((span, i) => {
          const next = spans[i + 1];
          if (next && next[0] < span[1])
            issue(ctx, ['phrases'], `phrases "${span[2]}" and "${next[2]}" overlap`);
        });
        if (!exercise.phrases.some((p) => p.technique === NOTHING))
          issue(ctx, ['phrases'], 'mark at least one innocent phrase (technique: none)');
        if (exercise.phrases.every((p) => p.technique === NOTHING))
          issue(ctx, ['phrases'], 'mark at least one phrase that uses a technique');
        break;
      }
      case 'order':
        uniqueIds(
          ctx,
          'items',
          exercise.items.map((item) => item.id),
        );
        break;
      case 'sort': {
        uniqueIds(
          ctx,
          'groups',
          exercise.groups.map((g) => g.id),
        );
        uniqueIds(
          ctx,
          'items',
          exercise.items.map((item) => item.id),
        );
        const groups = new Set(exercise.groups.map((g) => g.id));
        exercise.items.forEach((item, i) => {
          if (!groups.has(item.group))
            issue(
              ctx,
              ['items', i, 'group'],
              `item "${item.id}": there is no group "${item.group}"`,
            );
          for (const other of item.alsoRight ?? [])
            if (!groups.has(other))
              issue(
                ctx,
                ['items', i, 'alsoRight'],
                `item "${item.id}": there is no group "${other}"`,
              );
          if (exercise.policy && !item.cost)
            issue(
              ctx,
              ['items', i, 'cost'],
              `item "${item.id}": a moderation desk says what a wrong call costs`,
            );
        });
        exercise.groups.forEach((group, i) => {
          if (exercise.policy && group.staysUp === undefined)
            issue(
              ctx,
              ['groups', i, 'staysUp'],
              `group "${group.id}": a moderation desk says whether the post stays up`,
            );
        });
        break;
      }
      case 'lateral': {
        uniqueIds(
          ctx,
          'options',
          exercise.options.map((o) => o.id),
        );
        uniqueIds(
          ctx,
          'pages',
          exercise.pages.map((p) => p.id),
        );
        if (exercise.options.filter((o) => o.correct).length !== 1)
          issue(ctx, ['options'], 'exactly one judgement is marked correct: true');
        if (!exercise.pages.some((p) => p.essential))
          issue(ctx, ['pages'], 'mark at least one page essential: true');
        break;
      }
    }
  });

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseType = Exercise['type'];
export type RateExercise = Extract<Exercise, { type: 'rate' }>;
export type SpotExercise = Extract<Exercise, { type: 'spot' }>;
export type OrderExercise = Extract<Exercise, { type: 'order' }>;
export type SortExercise = Extract<Exercise, { type: 'sort' }>;
export type LateralExercise = Extract<Exercise, { type: 'lateral' }>;
export type InventedPost = z.infer<typeof postSchema>;
