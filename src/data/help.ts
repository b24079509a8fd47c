/* The help contacts shown to a learner alone (src/content/help/help-contacts.yaml). */
import { getEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { HelpContacts } from '../schemas/help';

export async function getHelpContacts(): Promise<HelpContacts> {
  const entry = await getEntry('help', 'help-contacts');
  if (!entry) {
    throw new AstroError(
      'src/content/help/help-contacts.yaml is missing: the "If this is happening to you" box needs it.',
    );
  }
  return entry.data;
}
