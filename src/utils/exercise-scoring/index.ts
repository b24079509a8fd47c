/*
 * Scoring rules of the five exercise types. Each works on the smallest shape of the data (ids,
 * the right answer), so the page's scripts, which read that shape from the worksheet, and the
 * tests share one rule. One module per type, so each type's script carries only its own rule.
 */
export * from './rate';
export * from './spot';
export * from './order';
export * from './sort';
export * from './lateral';
export * from './levels';
