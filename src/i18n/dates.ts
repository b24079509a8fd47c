/*
 * Dates as readers write them, in the page's language: «3 نوفمبر 2017», "November 3, 2017",
 * «يوليو 2017», "2017". Authors write YYYY, YYYY-MM or YYYY-MM-DD (src/schemas/lesson.ts); a
 * raw ISO date in Arabic text reads as a sum and wraps badly. Digits stay Western Arabic
 * (0–9), as everywhere in the course.
 */
export function formatPartialDate(date: string, lang: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
    numberingSystem: 'latn',
  };
  return new Intl.DateTimeFormat(lang, options).format(Date.UTC(year!, month - 1, day ?? 1));
}
