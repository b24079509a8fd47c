import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KINDS, exampleKindError } from '../src/schemas/example';
import { CONTENT } from './support/content';

describe('invented example kinds', () => {
  it('accepts every kind and names the file and the kind otherwise', () => {
    for (const kind of EXAMPLE_KINDS) expect(exampleKindError(kind, 'x.mdx')).toBeUndefined();
    expect(exampleKindError('tweet', 'src/content/docs/ar/lessons/a.mdx')).toBe(
      'src/content/docs/ar/lessons/a.mdx: <InventedExample kind="tweet"> is not a kind of example. Use one of: post, chat, headline, article, profile, message.',
    );
  });

  it.each(['en', 'ar'])('has a label for every kind in %s', (lang) => {
    const table = JSON.parse(readFileSync(join(CONTENT, 'i18n', `${lang}.json`), 'utf8'));
    expect(EXAMPLE_KINDS.filter((kind) => !table[`example.${kind}`])).toEqual([]);
  });
});
