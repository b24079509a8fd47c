/*
 * Numbers and dates in figures, in the page's language. The course writes Western digits in
 * both languages (docs/arabic-style.md), so every formatter asks for the Latin numbering system.
 */

/** The course's English is British: day before month ("3 November 2018"). */
const INTL_LOCALE: Readonly<Record<string, string>> = { en: 'en-GB' };

export function figureFormats(lang: string) {
  const locale = INTL_LOCALE[lang] ?? lang;
  const options = { numberingSystem: 'latn' } as const;
  const number = new Intl.NumberFormat(locale, options);
  const percent = new Intl.NumberFormat(locale, { ...options, style: 'percent' });
  const compact = new Intl.NumberFormat(locale, { ...options, notation: 'compact' });
  const day = new Intl.DateTimeFormat(locale, { ...options, dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, {
    ...options,
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    number: (value: number) => number.format(value),
    percent: (value: number) => percent.format(value),
    compact: (value: number) => compact.format(value),
    day: (isoDay: string) => day.format(new Date(`${isoDay}T00:00:00Z`)),
    month: (isoDay: string) => month.format(new Date(`${isoDay}T00:00:00Z`)),
    year: (year: number) => number.format(year).replace(/\D/g, ''),
  };
}

/** A figure's text in the page's language; a language the figure lacks fails the build. */
export function textIn(lang: string, figureId: string) {
  return (value: Readonly<Record<string, string>>) => {
    const text = value[lang];
    if (text === undefined) {
      throw new Error(
        `src/content/figures/${figureId}.yaml has no "${lang}" text for a page in that language`,
      );
    }
    return text;
  };
}
