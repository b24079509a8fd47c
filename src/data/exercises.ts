/*
 * What exercises need from the rest of the course: technique names in the page's language,
 * taken from the glossary, so they are lesson 4's names word for word.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Locale } from './course';

/** A function giving a technique's name; it fails the build for an id the glossary lacks. */
export async function techniqueNamer(locale: Locale): Promise<(id: string) => string> {
  const terms = (await getCollection('glossary')).flatMap((file) => file.data.terms);
  const names = new Map(terms.map((term) => [term.id, term[locale].term]));
  return (id) => {
    const name = names.get(id);
    if (name === undefined)
      throw new AstroError(
        `An exercise names the technique "${id}", but src/content/glossary/terms.yaml has no term with that id`,
      );
    return name;
  };
}
