import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, splitAtPlaceholder } from '../src/i18n/placeholder';

describe('splitAtPlaceholder', () => {
  it('splits a string around its one placeholder, keeping markup in it as text', () => {
    expect(splitAtPlaceholder(`<b>Updated</b> ${PLACEHOLDER}.`)).toEqual(['<b>Updated</b> ', '.']);
    expect(splitAtPlaceholder(PLACEHOLDER)).toEqual(['', '']);
  });

  it.each([
    ['no placeholder', 'Updated'],
    ['two placeholders', `${PLACEHOLDER} ${PLACEHOLDER}`],
  ])('refuses a string with %s, quoting it', (_, text) => {
    expect(() => splitAtPlaceholder(text)).toThrow(`the UI string "${text}"`);
  });
});
