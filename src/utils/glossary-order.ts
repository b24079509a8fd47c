/*
 * Alphabetical order for glossary terms, as a dictionary in each language orders them. Arabic
 * dictionaries ignore the definite article «ال»: «التطرف» files under ت, beside «تقرير
 * الشفافية», not under ا. English ignores nothing here ("The" does not start any term).
 */

/** A leading article that a language's dictionaries skip when ordering words. */
const IGNORED_ARTICLES: Record<string, RegExp> = {
  // «ال» only when a word follows it: «الهجرة» → «هجرة», but «ألم» stays.
  ar: /^ال(?=[\u0621-\u064A]{2})/,
};

/** The text a term is ordered by: without its article. */
export function sortKey(term: string, lang: string): string {
  const article = IGNORED_ARTICLES[lang.split('-')[0]!];
  return article ? term.trim().replace(article, '') : term.trim();
}

/** Orders items by the term each one carries, in the given language. */
export function sortByTerm<T>(items: T[], lang: string, termOf: (item: T) => string): T[] {
  const collator = new Intl.Collator(lang);
  return [...items].sort(
    (a, b) =>
      collator.compare(sortKey(termOf(a), lang), sortKey(termOf(b), lang)) ||
      collator.compare(termOf(a), termOf(b)),
  );
}
