import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { GlossaryTerm } from '../schemas/glossary';
import { getLessons, type Locale } from './course';
import { sortByTerm } from '../utils/glossary-order';
import { DEFAULT_LOCALE } from '../i18n/locales';

/** Every glossary term, checked against the lessons it points to. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  const files = await getCollection('glossary');
  const terms = files.flatMap((file) => file.data.terms);
  const lessons = new Set((await getLessons(DEFAULT_LOCALE)).map((l) => l.lessonId));
  const broken = terms.filter((term) => !lessons.has(term.lesson));
  if (broken.length) {
    throw new AstroError(
      `src/content/glossary/terms.yaml: ${broken.map((t) => `term "${t.id}" names the lesson "${t.lesson}", which does not exist`).join('; ')}`,
    );
  }
  return terms;
}

/** Terms in the alphabetical order of the given language (in Arabic, ignoring «ال»). */
export function sortTerms(terms: GlossaryTerm[], locale: Locale): GlossaryTerm[] {
  return sortByTerm(terms, locale, (term) => term[locale].term);
}
