/*
 * Invented names belong to one place: a lesson (its page, teacher guide, quiz and exercises, in
 * both languages) or the before/after check. A handle or a group that turns up in two lessons
 * makes the course read like one recycled cast, and a check item that borrows a lesson's name
 * tests memory instead of judgement. This module finds the names in content text; the caller
 * reads the files (tests/invented-names.test.ts).
 */

/** Where a piece of content belongs: a lesson id, or "check" for the check items. */
export type NameOwner = string;

export interface ContentText {
  file: string;
  owner: NameOwner;
  text: string;
}

export interface NameClash {
  name: string;
  /** Each owner that uses the name, with the files where it appears. */
  owners: { owner: NameOwner; files: string[] }[];
}

/**
 * Invented names that are not handles (groups, outlets, parties, places), by owner and language.
 * A name listed here may appear only in its owner's files. Latin names are looked for in both
 * languages, since an Arabic page can keep a name in Latin letters.
 */
export const LISTED_NAMES: Record<NameOwner, { en: string[]; ar: string[] }> = {
  'territory-to-timeline': { en: ['Northgate Monitor'], ar: ['مرصد نورثغيت'] },
  'propaganda-machine': { en: ['Coastal Herald'], ar: ['صحيفة الساحل'] },
  'stories-that-recruit': { en: ['Willow Bank'], ar: ['ضفة الصفصاف'] },
  'manipulation-techniques': { en: ['Lantern Circle', 'Kelmont'], ar: ['دائرة الفانوس'] },
  'post-to-private-chat': { en: ['Silver Compass Circle'], ar: ['حلقة البوصلة الفضية'] },
  'how-platforms-push-back': {
    en: ['Glimmerly', 'Black Tide', 'Red Orchard', 'Eastgate'],
    ar: ['غليمرلي', 'المدّ الأسود', 'البستان الأحمر', 'البوابة الشرقية'],
  },
  'reading-the-news': {
    en: ['Hillcrest', 'Youth Media Observatory', 'Midnight Mapmakers', 'Eastbridge'],
    ar: ['هيلكرست', 'إعلام الشباب', 'خرائط منتصف الليل', 'الجسر الشرقي'],
  },
  'what-you-can-do': {
    en: ['Stone Gate', 'Grey Kettle'],
    ar: ['البوابة الحجرية', 'الإبريق الرمادي'],
  },
  check: {
    en: [
      'Oakdale Times',
      'Beacon Party',
      'Bayview Herald',
      'Flint Circle',
      'Dawn Vanguard',
      'Harbour Party',
      'Sunrise Party',
      'Greenfield Today',
      'Millbrook',
      'Lakeview',
      'Leila Mansour',
      'Rasha Tamimi',
      'Mark Ellison',
    ],
    ar: [
      'أوكديل تايمز',
      'حزب المنارة',
      'بايفيو هيرالد',
      'حلقة الصوّان',
      'طليعة الفجر',
      'حزب المرفأ',
      'حزب الشروق',
      'غرينفيلد اليوم',
      'ميلبروك',
      'ليلى منصور',
      'رشا التميمي',
      'مارك إليسون',
    ],
  },
};

/*
 * A handle: "@" not preceded by a letter, digit, dot or slash (so not an e-mail address or a
 * URL path), and not followed by "/" (so not an npm scope such as @astrojs/starlight).
 */
const HANDLE = /(?<![\w./])@[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*(?![\w/])/g;

/** The @handles in a text, lower-cased (handles are case-insensitive on the platforms). */
export function extractHandles(text: string): string[] {
  return [...new Set([...text.matchAll(HANDLE)].map((m) => m[0].toLowerCase()))];
}

/** The name as a pattern; a space may be a line break, as in folded YAML. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** The listed names a text uses, as written in LISTED_NAMES. */
export function extractListedNames(
  text: string,
  listed: Record<NameOwner, { en: string[]; ar: string[] }> = LISTED_NAMES,
): string[] {
  const names = Object.values(listed).flatMap((n) => [...n.en, ...n.ar]);
  // A whole word: Latin names match any case; Arabic ones may carry a joined و/ف/ب/ك/ل, and
  // ل before ال drops the alif (للبوابة).
  return names.filter((name) =>
    /[A-Za-z]/.test(name)
      ? new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'iu').test(text)
      : new RegExp(
          `(?<![\\p{L}])[وف]?(?:[بكل]?${escape(name)}${name.startsWith('ال') ? `|ل${escape(name.slice(1))}` : ''})(?![\\p{L}])`,
          'u',
        ).test(text),
  );
}

/** The owner a listed name belongs to. */
function ownerOfListed(
  listed: Record<NameOwner, { en: string[]; ar: string[] }>,
): Map<string, NameOwner> {
  return new Map(
    Object.entries(listed).flatMap(([owner, n]) =>
      [...n.en, ...n.ar].map((name) => [name, owner] as const),
    ),
  );
}

/** A handle's words, without digits and separators: @true_sons_of_the_valley → "true sons of the valley". */
const handleWords = (handle: string) =>
  handle
    .slice(1)
    .replace(/[\d_.]+/g, ' ')
    .trim();

/**
 * Two handles read as the same account when their words are equal, or when one handle's words
 * (two or more) stand whole inside the other's: @sons_of_the_valley and @true_sons_of_the_valley.
 * One shared word (@patriot_4471, @patriot_pulse) is only a word.
 */
export function similarHandles(a: string, b: string): boolean {
  const [x, y] = [handleWords(a), handleWords(b)].sort((p, q) => p.length - q.length) as [
    string,
    string,
  ];
  if (x === y) return true;
  return x.includes(' ') && ` ${y} `.includes(` ${x} `);
}

/**
 * Every handle used by more than one owner, every pair of similar handles (see similarHandles)
 * used by different owners, and every listed name used outside its owner. Sorted by name, so a
 * failing test reads the same each run.
 */
export function findNameClashes(
  texts: ContentText[],
  listed: Record<NameOwner, { en: string[]; ar: string[] }> = LISTED_NAMES,
): NameClash[] {
  const uses = new Map<string, Map<NameOwner, Set<string>>>();
  const note = (name: string, owner: NameOwner, file: string) => {
    const byOwner = uses.get(name) ?? new Map<NameOwner, Set<string>>();
    byOwner.set(owner, (byOwner.get(owner) ?? new Set()).add(file));
    uses.set(name, byOwner);
  };
  for (const { file, owner, text } of texts) {
    for (const handle of extractHandles(text)) note(handle, owner, file);
    for (const name of extractListedNames(text, listed)) note(name, owner, file);
  }
  const listedOwner = ownerOfListed(listed);
  const clashes: NameClash[] = [];
  for (const [name, byOwner] of uses) {
    const home = listedOwner.get(name);
    const clash =
      home === undefined ? byOwner.size > 1 : [...byOwner.keys()].some((o) => o !== home);
    if (!clash) continue;
    clashes.push({
      name,
      owners: [...byOwner]
        .map(([owner, files]) => ({ owner, files: [...files].sort() }))
        .sort((a, b) => a.owner.localeCompare(b.owner)),
    });
  }
  const handles = [...uses.keys()].filter((n) => n.startsWith('@'));
  const ownersOf = (handle: string) => [...uses.get(handle)!.keys()];
  for (const [i, a] of handles.entries()) {
    for (const b of handles.slice(i + 1)) {
      if (!similarHandles(a, b)) continue;
      const owners = new Set([...ownersOf(a), ...ownersOf(b)]);
      if (owners.size < 2) continue;
      const files = (h: string, owner: NameOwner) => [...(uses.get(h)!.get(owner) ?? [])];
      clashes.push({
        name: [a, b].sort().join(' ~ '),
        owners: [...owners]
          .map((owner) => ({ owner, files: [...files(a, owner), ...files(b, owner)].sort() }))
          .sort((x, y) => x.owner.localeCompare(y.owner)),
      });
    }
  }
  return clashes.sort((a, b) => a.name.localeCompare(b.name));
}
