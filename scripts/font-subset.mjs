/*
 * Arabic pages download Noto Naskh Arabic. The full Arabic file (52 KB a weight) carries
 * Persian, Urdu and Quranic letters and thousands of presentation forms the course never
 * shows, so we cut it to the alphabet plus every Arabic-script character the content
 * actually uses, and take the font's own Latin letters and digits so that handles,
 * names and numbers inside Arabic text match it. Shaping (joining forms, lam-alef) survives:
 * the subsetter keeps every glyph the layout tables reach from the kept characters.
 *
 * `npm run fonts` rewrites src/fonts/; tests/font-subset.test.ts fails when content uses an
 * Arabic-script character the committed subset lacks.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Every letter of the alphabet and the Arabic punctuation, used or not yet, so a new word
 * never falls back to another font; vowel marks, digits and rarer signs only once the
 * content uses them.
 */
export const ARABIC_CORE = [
  ...range(0x0621, 0x063a), // hamza … ghayn
  ...range(0x0641, 0x064a), // fa … ya
  0x060c,
  0x061b,
  0x061f, // ، ؛ ؟
  0x00ab,
  0x00bb, // « »
];

/** Latin text inside Arabic pages: ASCII, no-break space, dashes, quotes, ellipsis. */
export const LATIN = [
  ...range(0x20, 0x7e),
  0xa0,
  0x2013,
  0x2014,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2026,
];

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/gu;

/** Code points of the Arabic script used anywhere in `texts`, with the core set, sorted. */
export function arabicCodepoints(texts) {
  const points = new Set(ARABIC_CORE);
  for (const text of texts) {
    for (const char of text.match(ARABIC_SCRIPT) ?? []) points.add(char.codePointAt(0));
  }
  return [...points].sort((a, b) => a - b);
}

const TEXT_FILE = /\.(mdx?|ya?ml|json|astro|ts|mjs)$/;

function* filesUnder(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else if (TEXT_FILE.test(name)) yield path;
  }
}

/** Every text the site can show: content, components, config, Starlight's Arabic strings. */
export function courseTexts(root = '.') {
  const paths = [
    ...filesUnder(join(root, 'src')),
    join(root, 'astro.config.mjs'),
    join(root, 'node_modules/@astrojs/starlight/dist/translations/ar.js'),
  ];
  return paths.map((path) => readFileSync(path, 'utf8'));
}

export const SUBSET_LIST = 'src/fonts/arabic-codepoints.txt';

/** The committed list: one hexadecimal code point a line. */
export function readSubsetList(root = '.') {
  return readFileSync(join(root, SUBSET_LIST), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => parseInt(line, 16));
}

async function main() {
  const { default: subsetFont } = await import('subset-font');
  const files = 'node_modules/@fontsource/noto-naskh-arabic/files';
  const arabic = arabicCodepoints(courseTexts());
  const toText = (points) => String.fromCodePoint(...points);
  for (const weight of [400, 700]) {
    // Bold Latin (a digit in a heading) is rare enough to be drawn from the regular face.
    const pairs = [[`arabic-${weight}`, arabic], ...(weight === 400 ? [[`latin-400`, LATIN]] : [])];
    for (const [name, points] of pairs) {
      const source = readFileSync(`${files}/noto-naskh-arabic-${name}-normal.woff2`);
      const font = await subsetFont(source, toText(points), { targetFormat: 'woff2' });
      writeFileSync(`src/fonts/naskh-${name}.woff2`, font);
      console.log(`src/fonts/naskh-${name}.woff2: ${source.length} → ${font.length} bytes`);
    }
  }
  writeFileSync(SUBSET_LIST, arabic.map((p) => p.toString(16).padStart(4, '0')).join('\n') + '\n');
  console.log(`${SUBSET_LIST}: ${arabic.length} Arabic-script code points`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
