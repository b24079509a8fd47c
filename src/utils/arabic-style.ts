/*
 * The parts of docs/arabic-style.md that a machine can check in a piece of Arabic text:
 * how the group is named, one spelling of a name, one month convention, no raw ISO dates, the
 * Arabic comma, companies treated as feminine, one word for "invented" and no typed direction
 * marks. tests/arabic-style.test.ts runs it over every Arabic content file and UI string.
 */

export interface StyleIssue {
  rule: string;
  found: string;
  fix: string;
}

const AR = '\\u0621-\\u064A\\u0660-\\u0669\\u066E-\\u06D3';
/** Not preceded / followed by an Arabic letter: a whole Arabic word. */
const word = (w: string) => `(?<![${AR}])(?:${w})(?![${AR}])`;

/** The group's own names, which always stand inside «» so they never read as a description. */
const GROUP_NAMES = ['الدولة الإسلامية', 'داعش', 'الدولة الإسلامية في العراق والشام'];

/** Quotations of someone else's words are theirs: only the group's bare name is checked inside. */
function outsideQuotations(text: string): string {
  let previous;
  let current = text;
  do {
    previous = current;
    current = current.replace(/«([^«»]*)»/g, (quote, inner: string) =>
      GROUP_NAMES.includes(inner) ? `\u0001${inner}\u0002` : '…',
    );
  } while (current !== previous);
  return current.replace(/\u0001/g, '«').replace(/\u0002/g, '»');
}

const LEVANTINE_MONTHS =
  'كانون الثاني|كانون الأول|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني';
const COMPANIES =
  'تويتر|فيسبوك|ميتا|غوغل|يوتيوب|تيليغرام|إكس|مايكروسوفت|تيك توك|إنستغرام|واتساب|ديسكورد|جيغسو';
const MASCULINE_VERBS =
  'قال|أعلن|حذف|أوقف|علّق|نشر|وجد|أكّد|أكد|ذكر|أطلق|بدأ|استخدم|اتخذ|كشف|أزال|انضم|قرّر|قرر|أغلق|منع|حظر|سمح|رفض|طوّر|غيّر|أفاد|اعترف|أضاف|حجب|يقول|يحذف|يعلن|ينشر|يستخدم|يسمح|يمنع|يحظر';

interface Rule {
  rule: string;
  pattern: RegExp;
  fix: string;
  /** Check the text with quotations of others taken out. */
  outsideQuotes?: boolean;
}

export const ARABIC_STYLE_RULES: Rule[] = [
  {
    rule: 'group name without quotation marks',
    pattern: new RegExp(`(?<!«)الدولة الإسلامية(?!»| في العراق والشام»)`, 'g'),
    fix: 'write تنظيم «الدولة الإسلامية»',
    outsideQuotes: true,
  },
  {
    rule: 'group name without quotation marks',
    pattern: new RegExp(`(?<!«)داعش`, 'g'),
    fix: 'write «داعش» (لـ«داعش»، بـ«داعش»)',
    outsideQuotes: true,
  },
  {
    rule: 'spelling of Christchurch',
    pattern: new RegExp(`كرايست(?!شيرش)[${AR}]*(?: [${AR}]*تش[${AR}]*)?`, 'g'),
    fix: 'write كرايستشيرش',
  },
  {
    rule: 'month name',
    pattern: new RegExp(`/?${word(LEVANTINE_MONTHS)}`, 'g'),
    fix: 'use one month convention: يناير، فبراير، مارس، أبريل، مايو، يونيو، يوليو، أغسطس، سبتمبر، أكتوبر، نوفمبر، ديسمبر',
  },
  {
    rule: 'month name',
    pattern: new RegExp(word('إبريل'), 'g'),
    fix: 'write أبريل',
  },
  {
    rule: 'ISO date in Arabic text',
    pattern: /(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g,
    fix: 'write the date as «3 نوفمبر 2017»',
  },
  {
    rule: 'Latin comma in an Arabic sentence',
    pattern: new RegExp(`[${AR}»)\\]]\\s*,\\s*[«(]?[${AR}]`, 'g'),
    fix: 'use the Arabic comma «،»',
  },
  {
    // «مُتخيَّل» (imagined) reads as fiction or fantasy; the label on our examples says they were
    // made up on purpose, and one word keeps that label the same on every page.
    rule: 'word for invented',
    pattern: new RegExp(`(?<![${AR}])(?:ال)?مُ?تخي[\\u064B-\\u0652]*ل`, 'g'),
    fix: 'write مُختلَق (مُختلَقة، المُختلَقة)',
  },
  {
    // Invisible marks cannot be seen or reviewed by an editor; src/utils/bidi.ts isolates each
    // Latin run when the page is rendered, which makes them unnecessary.
    rule: 'typed direction mark',
    pattern: /[\u200E\u200F]/g,
    fix: 'delete the invisible mark (U+200E or U+200F): Latin runs are isolated when the page is rendered',
  },
  {
    rule: 'company treated as masculine',
    pattern: new RegExp(`${word(MASCULINE_VERBS)} «?(?:${COMPANIES})(?![${AR}])`, 'g'),
    fix: 'companies and platforms are feminine: «أعلنت تيليغرام»، «بدأت يوتيوب»',
  },
];

/** Every style issue in one piece of Arabic text. */
export function checkArabicStyle(text: string): StyleIssue[] {
  const unquoted = outsideQuotations(text);
  return ARABIC_STYLE_RULES.flatMap(({ rule, pattern, fix, outsideQuotes }) =>
    [...(outsideQuotes ? unquoted : text).matchAll(pattern)].map((m) => ({
      rule,
      found: m[0],
      fix,
    })),
  );
}
