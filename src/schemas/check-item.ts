import { z } from 'astro/zod';
import { CHECK_TECHNIQUES, FORMS } from '../utils/check/answers';

export { CHECK_TECHNIQUES, FORMS };
export type { CheckTechnique, Form } from '../utils/check/answers';

/*
 * The discernment check's item bank: one YAML file per form per language,
 * src/content/check-items/<locale>/form-<a|b|c>.yaml. Each file is checked on its own here
 * (counts per form, classes, styles); rules that span files (twins across forms, English and
 * Arabic parity, unique handles) live in src/utils/check/bank-checks.ts.
 */

/** Styles of manipulative item: three ideological, two everyday. */
export const IDEOLOGICAL_STYLES = ['violent-movement', 'anti-outsider', 'partisan'] as const;
export const EVERYDAY_STYLES = ['scam', 'rumour'] as const;
/** Kinds of trustworthy item. */
export const TRUSTWORTHY_STYLES = [
  'plain-news',
  'emotional-honest',
  'advice',
  'correction',
] as const;

export const ITEMS_PER_FORM = 16;
export const PER_CLASS = 8;

const text = (field: string) => z.string().trim().min(1, `${field} must not be empty`);

const common = {
  /** `<form>-<slot>`, e.g. `a-m3`; identical in both languages. */
  id: z.string().regex(/^[abc]-[mt][1-8]$/, 'ids look like "a-m3" (form, m or t, 1-8)'),
  kind: z.enum(['post', 'message', 'headline']),
  /** The invented account, outlet or sender, shown above the text. */
  author: text('author'),
  text: text('text'),
  /** The author's judgement, matched across twins; not a measured difficulty. */
  difficulty: z.enum(['easy', 'medium', 'hard']),
};

export const checkItemSchema = z.discriminatedUnion('class', [
  z.object({
    class: z.literal('manipulative'),
    ...common,
    technique: z.enum(CHECK_TECHNIQUES),
    style: z.enum([...IDEOLOGICAL_STYLES, ...EVERYDAY_STYLES]),
  }),
  z.object({
    class: z.literal('trustworthy'),
    ...common,
    style: z.enum(TRUSTWORTHY_STYLES),
  }),
]);

export const checkFormSchema = z
  .object({
    form: z.enum(FORMS),
    /** Every item is invented; the file says so, and the page labels each item. */
    invented: z.literal(true, {
      message: 'invented must be true: the check uses invented items only',
    }),
    items: z.array(checkItemSchema),
  })
  .superRefine((file, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', path: ['items'], message });
    const prefix = file.form.toLowerCase() + '-';
    if (file.items.length !== ITEMS_PER_FORM)
      problem(`form ${file.form} has ${file.items.length} items; it needs ${ITEMS_PER_FORM}`);
    for (const cls of ['manipulative', 'trustworthy'] as const) {
      const n = file.items.filter((item) => item.class === cls).length;
      if (n !== PER_CLASS)
        problem(`form ${file.form} has ${n} ${cls} items; it needs ${PER_CLASS}`);
    }
    file.items.forEach((item, index) => {
      const slotClass = item.id[2] === 'm' ? 'manipulative' : 'trustworthy';
      if (!item.id.startsWith(prefix))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `item "${item.id}" is in form ${file.form}; its id must start with "${prefix}"`,
        });
      if (item.class !== slotClass)
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'class'],
          message: `item "${item.id}": ids with "${item.id[2]}" are ${slotClass}, but class is ${item.class}`,
        });
      const expected = CHECK_TECHNIQUES[Number(item.id[3]) - 1];
      if (item.class === 'manipulative' && item.technique !== expected)
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'technique'],
          message: `item "${item.id}": slot ${item.id.slice(2)} uses "${expected}" in every form (its twins use it too), not "${item.technique}"`,
        });
      if (
        /https?:\/\//.test(item.text) ||
        /\b[\w-]+\.(com|net|org|info|io|co|gov|edu)\b/i.test(item.text)
      )
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'text'],
          message: `item "${item.id}": web addresses in invented items end in .example, so none can be real`,
        });
    });
    const ids = file.items.map((item) => item.id);
    for (const id of ids.filter((id, i) => ids.indexOf(id) !== i))
      problem(`item id "${id}" is used twice`);
    const manipulative = file.items.filter((item) => item.class === 'manipulative');
    const techniques = new Set(manipulative.map((item) => item.technique));
    if (manipulative.length === PER_CLASS && techniques.size !== PER_CLASS)
      problem(`form ${file.form} must use each of the ${PER_CLASS} techniques once`);
    const styles = new Set(file.items.map((item) => item.style));
    const ideological = IDEOLOGICAL_STYLES.filter((s) => styles.has(s)).length;
    if (ideological < 2)
      problem(`form ${file.form} needs manipulative items in at least two ideological styles`);
    if (!styles.has('scam')) problem(`form ${file.form} needs at least one everyday scam`);
    for (const style of ['plain-news', 'emotional-honest'] as const) {
      if (file.items.filter((item) => item.style === style).length < 2)
        problem(`form ${file.form} needs at least two trustworthy items of style "${style}"`);
    }
  });

export type CheckForm = z.infer<typeof checkFormSchema>;
export type CheckItem = CheckForm['items'][number];
