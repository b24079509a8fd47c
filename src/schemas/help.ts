import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/locales';

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** A text in every language of the course (src/i18n/locales.ts), so the box says the same in each. */
const localized = (what: string) => {
  const entry = text(what);
  return z.object(
    Object.fromEntries(LOCALES.map((locale) => [locale, entry])) as Record<Locale, typeof entry>,
  );
};

const httpsUrl = z
  .url('url must be a full address such as https://…')
  .refine((url) => url.startsWith('https://'), 'url must start with https://');

const link = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id is lowercase words joined by "-"'),
  name: text('name'),
  url: httpsUrl,
});

/**
 * The "If this is happening to you" box: what to do now, international helpline directories
 * and the platforms' own help centres (src/content/help/help-contacts.yaml). Real addresses
 * only: a learner alone never meets a blank to be filled in.
 */
export const helpContactsSchema = z.object({
  title: localized('title'),
  intro: localized('intro'),
  stepsHeading: localized('stepsHeading'),
  steps: z.array(localized('step')).min(3, 'list at least three things to do now'),
  directoriesHeading: localized('directoriesHeading'),
  directories: z
    .array(link.extend({ description: localized('description') }))
    .min(1, 'list at least one helpline directory'),
  platformsHeading: localized('platformsHeading'),
  platformsIntro: localized('platformsIntro'),
  platforms: z.array(link).min(1, 'list at least one platform'),
  sourcesHeading: localized('sourcesHeading'),
  sourcesIntro: localized('sourcesIntro'),
});

export type HelpContacts = z.infer<typeof helpContactsSchema>;
