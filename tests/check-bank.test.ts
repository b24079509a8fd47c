import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFormSchema, type CheckForm } from '../src/schemas/check-item';
import { checkBankErrors, type CheckFormFile } from '../src/utils/check/bank-checks';

const ROOT = 'src/content/check-items';
const files: CheckFormFile[] = ['en', 'ar'].flatMap((locale) =>
  readdirSync(join(ROOT, locale)).map((name) => {
    const file = join(ROOT, locale, name);
    const result = checkFormSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success) throw new Error(`${file}: ${result.error.message}`);
    return { file, locale: locale as 'en' | 'ar', data: result.data };
  }),
);
const clone = (data: CheckForm): CheckForm => JSON.parse(JSON.stringify(data));

describe('the check item bank', () => {
  it('has forms A, B and C in both languages, and passes every bank rule', () => {
    expect(files).toHaveLength(6);
    expect(checkBankErrors(files)).toEqual([]);
  });

  it('keeps Latin runs in Arabic items to account names, web addresses and brand names', () => {
    for (const f of files.filter((f) => f.locale === 'ar')) {
      for (const item of f.data.items) {
        for (const run of item.text.match(/[A-Za-z][\w.-]*/g) ?? []) {
          expect(run, `${f.file} ${item.id}`).toMatch(/\.example$|^[A-Z][a-zA-Z]+$/);
        }
      }
    }
  });

  it('rejects a form with the wrong counts, a real-looking web address or a mismatched slot', () => {
    const a = clone(files.find((f) => f.locale === 'en' && f.data.form === 'A')!.data);
    const short = { ...a, items: a.items.slice(1) };
    expect(checkFormSchema.safeParse(short).error?.message).toMatch(/15 items; it needs 16/);
    const web = clone(a);
    web.items[0]!.text += ' More at townhall.com.';
    expect(checkFormSchema.safeParse(web).error?.message).toMatch(/end in \.example/);
    const swapped = clone(a);
    const m1 = swapped.items.find((i) => i.id === 'a-m1')!;
    if (m1.class === 'manipulative') m1.technique = 'conspiracy';
    expect(checkFormSchema.safeParse(swapped).error?.message).toMatch(
      /slot m1 uses .{0,3}emotional-language/,
    );
    expect(checkFormSchema.safeParse({ ...a, invented: false }).error?.message).toMatch(
      /invented items only/,
    );
  });

  it('reports broken twins, broken parity and reused accounts with the file named', () => {
    const broken = files.map((f) => ({ ...f, data: clone(f.data) }));
    const arB = broken.find((f) => f.locale === 'ar' && f.data.form === 'B')!;
    arB.data.items.reverse();
    const enC = broken.find((f) => f.locale === 'en' && f.data.form === 'C')!;
    const t5 = enC.data.items.find((i) => i.id === 'c-t5')!;
    t5.difficulty = 'easy';
    t5.author = '@rana.bakes';
    const errors = checkBankErrors(broken);
    expect(errors.some((e) => e.includes('ar/form-b.yaml: items differ'))).toBe(true);
    expect(errors.some((e) => e.includes('"c-t5" is the twin of "a-t5"'))).toBe(true);
    expect(errors.some((e) => e.includes('"@rana.bakes" is already used'))).toBe(true);
  });
});
