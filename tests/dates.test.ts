import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../src/i18n/dates';

describe('formatPartialDate', () => {
  it.each([
    ['2017-11-03', 'ar', '3 نوفمبر 2017'],
    ['2017-07', 'ar', 'يوليو 2017'],
    ['2017', 'ar', '2017'],
    ['2019-01-31', 'ar', '31 يناير 2019'],
    ['2017-11-03', 'en', 'November 3, 2017'],
    ['2017-07', 'en', 'July 2017'],
  ])('%s in %s is %s', (date, lang, expected) => {
    expect(formatPartialDate(date, lang)).toBe(expected);
  });
});
