/*
 * UI strings are text, never HTML: a translation cannot add markup to a page. Where a string
 * needs markup inside it (a date in <time>, an age in <bdi>), the component asks for the string
 * with PLACEHOLDER as that value, and <FillPlaceholder> puts the markup where the translation
 * put the placeholder, printing the rest as text.
 */

/** A private-use character: no translation contains it and no HTML escaping changes it. */
export const PLACEHOLDER = '\uE000';

/** The text before and after the placeholder. */
export function splitAtPlaceholder(text: string): [string, string] {
  const at = text.indexOf(PLACEHOLDER);
  if (at < 0 || text.indexOf(PLACEHOLDER, at + 1) >= 0) {
    throw new Error(`the UI string "${text}" must hold its {{placeholder}} exactly once`);
  }
  return [text.slice(0, at), text.slice(at + 1)];
}
