/*
 * Workshop plans: every timing table adds up to the total the page states, and the Arabic
 * page keeps the English minutes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, body } from './support/content';

const dir = (locale: 'en' | 'ar') =>
  join(CONTENT, 'docs', locale === 'ar' ? 'ar/workshops' : 'workshops');
const plans = readdirSync(dir('en')).filter((f) => f !== 'index.mdx');

/** The minutes column of every Markdown table that has one. */
function tables(text: string): number[][] {
  const found: number[][] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!.split('|').map((c) => c.trim());
    const column = header.findIndex((c) => c === 'Minutes' || c === 'الدقائق');
    if (column === -1 || !lines[i]!.startsWith('|')) continue;
    const minutes: number[] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) {
      minutes.push(Number(lines[j]!.split('|').map((c) => c.trim())[column]));
    }
    found.push(minutes);
  }
  return found;
}

const statedTotal = (text: string) =>
  Number(/\*\*(?:Total|المدة الإجمالية)[^*\d]*(\d+)/.exec(text)?.[1]);

describe.each(plans)('the workshop plan %s', (file) => {
  const en = body(join(dir('en'), file));
  const ar = readFileSync(join(dir('ar'), file), 'utf8');

  // The first table is the plan; any later one replaces a single slot for some groups.
  it('states its total, and its timing table adds up to it', () => {
    const total = statedTotal(en);
    expect(total).toBeGreaterThan(0);
    const [plan, ...alternatives] = tables(en);
    expect(plan!.reduce((a, b) => a + b, 0)).toBe(total);
    for (const minutes of [plan!, ...alternatives])
      expect(minutes.every(Number.isInteger)).toBe(true);
  });

  it('has the same total and minutes in Arabic', () => {
    expect(statedTotal(ar)).toBe(statedTotal(en));
    expect(tables(ar)).toEqual(tables(en));
  });
});
