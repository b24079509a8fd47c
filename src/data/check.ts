/*
 * The discernment check as the site sees it: the three forms per language from the
 * check-items collection, checked as a bank (src/utils/check/bank-checks.ts), and for each
 * technique its glossary name and the section of the lesson that teaches it.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { AstroError } from 'astro/errors';
import { FORMS, type CheckForm, type CheckTechnique } from '../schemas/check-item';
import { CHECK_TECHNIQUES } from '../utils/check/answers';
import { checkBankErrors, type CheckFormFile } from '../utils/check/bank-checks';
import { getGlossary } from './glossary';
import { getLessons, localePrefix, type Locale } from './course';

let loaded: Promise<CheckFormFile[]> | undefined;

async function loadBank(): Promise<CheckFormFile[]> {
  const files = (await getCollection('checkItems')).map((entry) => ({
    file: entry.filePath ?? `src/content/check-items/${entry.id}.yaml`,
    locale: entry.id.split('/')[0] as Locale,
    data: entry.data as CheckForm,
  }));
  const errors = checkBankErrors(files);
  if (errors.length) {
    throw new AstroError(
      `The discernment check's item bank has ${errors.length} problem${errors.length > 1 ? 's' : ''}:\n- ${errors.join('\n- ')}`,
      'Fix the files named above; src/schemas/check-item.ts describes every field.',
    );
  }
  return files;
}

/** Forms A, B, C in one language; items in the printed order. */
export async function getCheckForms(locale: Locale): Promise<CheckForm[]> {
  loaded ??= loadBank();
  const files = (await loaded).filter((f) => f.locale === locale);
  return FORMS.map((form) => files.find((f) => f.data.form === form)!.data);
}

export interface TechniqueLink {
  id: CheckTechnique;
  name: string;
  href: string;
}

/** Each technique's glossary name and the heading of the lesson section that teaches it. */
export async function getTechniqueLinks(locale: Locale): Promise<TechniqueLink[]> {
  const terms = await getGlossary();
  const lessons = await getLessons(locale);
  const links: TechniqueLink[] = [];
  for (const id of CHECK_TECHNIQUES) {
    const term = terms.find((t) => t.id === id);
    const lesson = lessons.find((l) => l.lessonId === term?.lesson);
    const entry =
      lesson &&
      (await getEntry(
        'docs',
        [localePrefix(locale).slice(1), lesson.slug].filter(Boolean).join('/'),
      ));
    const headings = entry ? (await render(entry)).headings : [];
    const name = term?.[locale].term ?? id;
    const heading = headings.find((h) => h.text.toLowerCase().includes(name.toLowerCase()));
    if (!term || !lesson || !heading) {
      throw new AstroError(
        `The discernment check uses the technique "${id}", but ${!term ? 'the glossary has no such term' : !lesson ? `the glossary's lesson "${term.lesson}" does not exist` : `no heading of ${lesson.href} contains "${name}"`} (${locale})`,
      );
    }
    links.push({ id, name, href: `${lesson.href}#${heading.slug}` });
  }
  return links;
}
