import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { figureSchema } from '../src/schemas/figure';

const dir = 'src/content/figures';

describe('figure files', () => {
  it.each(readdirSync(dir))('%s is a valid figure', (file) => {
    const result = figureSchema.safeParse(parse(readFileSync(`${dir}/${file}`, 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  const base = parse(readFileSync(`${dir}/moderation-tradeoff.yaml`, 'utf8'));
  const issuesOf = (data: unknown) => {
    const result = figureSchema.safeParse(data);
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('names the field when a language is missing', () => {
    expect(issuesOf({ ...base, title: { en: 'Only English' } })).toEqual([
      'title.ar: Invalid input: expected string, received undefined',
    ]);
  });

  it('refuses a trade-off that is not marked illustrative, and a figure without sources', () => {
    expect(issuesOf({ ...base, illustrative: false })[0]).toMatch(/^illustrative/);
    expect(issuesOf({ ...base, sources: [] })).toEqual([
      'sources: a figure names at least one source',
    ]);
  });

  it('refuses an unknown type', () => {
    expect(issuesOf({ ...base, type: 'pie' })[0]).toMatch(/type must be one of/);
  });
});
