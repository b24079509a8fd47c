/*
 * Item-bank rules that span files: twins across forms (same slot, same class, technique and
 * judged difficulty, trustworthy twins the same style), English and Arabic parity (the same
 * items with the same classes and techniques), and invented accounts that are not reused
 * between forms or between honest and manipulative items. Pure, so tests can feed broken banks.
 */
import { FORMS, type CheckForm } from '../../schemas/check-item';
import type { Locale } from '../course-checks';

export interface CheckFormFile {
  file: string;
  locale: Locale;
  data: CheckForm;
}

const slotOf = (id: string) => id.slice(2);
const twinFields = (item: CheckForm['items'][number]) =>
  item.class === 'manipulative'
    ? `manipulative, ${item.technique}, ${item.difficulty}`
    : `trustworthy, ${item.style}, ${item.difficulty}`;
const parityFields = (item: CheckForm['items'][number]) =>
  `${item.class}/${item.class === 'manipulative' ? item.technique : ''}/${item.style}/${item.difficulty}/${item.kind}`;

export function checkBankErrors(files: CheckFormFile[]): string[] {
  const errors: string[] = [];
  for (const locale of ['en', 'ar'] as const) {
    const mine = files.filter((f) => f.locale === locale);
    for (const form of FORMS) {
      const count = mine.filter((f) => f.data.form === form).length;
      if (count !== 1)
        errors.push(
          `check items (${locale}): form ${form} is defined in ${count} files; it needs exactly one`,
        );
    }
    // Twins: the item in slot X of form A has the same class, technique and difficulty as slot X of B and C.
    const reference = mine.find((f) => f.data.form === 'A');
    for (const other of mine.filter((f) => f !== reference)) {
      for (const item of other.data.items) {
        const twin = reference?.data.items.find((i) => slotOf(i.id) === slotOf(item.id));
        if (twin && twinFields(twin) !== twinFields(item))
          errors.push(
            `${other.file}: item "${item.id}" is the twin of "${twin.id}" but differs (${twinFields(item)} vs ${twinFields(twin)})`,
          );
      }
    }
    // Invented accounts: one account, one form and one side.
    const owners = new Map<string, string>();
    for (const f of mine) {
      for (const item of f.data.items) {
        const key = item.author.toLowerCase();
        const owner = `${f.data.form}/${item.class}`;
        const previous = owners.get(key);
        if (previous && previous !== owner)
          errors.push(
            `${f.file}: item "${item.id}": the account "${item.author}" is already used in ${previous.replace('/', ' by a ')} item`,
          );
        owners.set(key, owner);
      }
    }
  }
  // Parity: the Arabic form has the English form's items, in the same order, with the same classes.
  for (const en of files.filter((f) => f.locale === 'en')) {
    const ar = files.find((f) => f.locale === 'ar' && f.data.form === en.data.form);
    if (!ar) {
      errors.push(`${en.file}: form ${en.data.form} has no Arabic version`);
      continue;
    }
    const enIds = en.data.items.map((i) => i.id).join(', ');
    const arIds = ar.data.items.map((i) => i.id).join(', ');
    if (enIds !== arIds) {
      errors.push(
        `${ar.file}: items differ from ${en.file}: English has [${enIds}], Arabic has [${arIds}]`,
      );
      continue;
    }
    en.data.items.forEach((item, index) => {
      const other = ar.data.items[index]!;
      if (parityFields(item) !== parityFields(other))
        errors.push(
          `${ar.file}: item "${item.id}" differs from English (${parityFields(other)} vs ${parityFields(item)})`,
        );
    });
  }
  return errors;
}
