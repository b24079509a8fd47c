// @ts-check
/*
 * Two of Starlight's scripts start work on every page as soon as it is idle, whether or not the
 * learner ever uses what they prepare. On a phone that work lands right after the first paint
 * (Lighthouse mobile counted it as most of a lesson's blocking time):
 *   - search builds the Pagefind interface (a 20 KB module, and a restyle of the whole page);
 *   - each table of contents (the sidebar's and the phone's) finds every block of the page and
 *     watches it, to mark the section being read.
 * This Vite plugin edits their code at build time so that search builds its interface when its
 * dialog first opens, and a table of contents starts watching at the first scroll or resize
 * (at idle, as before, on a page opened at a section). Until then the reader is at the top, and
 * the page title's entry is marked current.
 * Each edit names the exact code it replaces: when an upgrade of Starlight changes that code,
 * the build stops here and says which edit no longer applies.
 */

/**
 * @typedef {{ module: RegExp, find: string, replace: string, why: string }} Edit
 */

/** @type {Edit[]} */
const EDITS = [
  {
    why: 'search builds its interface when its dialog first opens',
    module: /@astrojs[\\/]starlight[\\/].*[\\/]Search\.astro\?astro&type=script/,
    find: 'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));',
    // Starlight focuses the search field as the dialog opens; the field exists only once the
    // interface is built, so it is focused then, if the dialog is still open.
    replace: `const onIdle = (build) => {
					const dialog = this.querySelector('dialog');
					const opened = new MutationObserver(async () => {
						if (!dialog.open) return;
						opened.disconnect();
						await build();
						if (dialog.open) this.querySelector('input')?.focus();
					});
					opened.observe(dialog, { attributeFilter: ['open'] });
				};`,
  },
  {
    why: 'a table of contents starts watching the page at the first scroll or resize',
    module: /@astrojs[\\/]starlight[\\/].*[\\/]TableOfContents[\\/]starlight-toc\.js$/,
    find: 'this.onIdle(() => this.init());',
    // A page opened at a section (#…) may have scrolled there before this runs: it is watched
    // at idle, as Starlight does. Otherwise the reader is at the top until the first scroll, and
    // the page title's entry is current, as the watching would find.
    replace: `if (location.hash) this.onIdle(() => this.init());
		else {
			const top = this.querySelector(\`a[href="#\${PAGE_TITLE_ID}"]\`);
			if (top) this.current = top;
			const start = () => {
				removeEventListener("scroll", start);
				removeEventListener("resize", start);
				this.onIdle(() => this.init());
			};
			addEventListener("scroll", start, { passive: true });
			addEventListener("resize", start);
		}`,
  },
];

/** @returns {import('vite').Plugin} */
export function starlightDeferredWork() {
  /** @type {Set<Edit>} */
  const applied = new Set();
  return {
    name: 'second-look-starlight-deferred-work',
    // Built pages only: in the dev server Starlight's search skips its idle work already, and
    // the scripts reach this plugin in another form.
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const edit = EDITS.find((e) => e.module.test(id));
      if (!edit) return undefined;
      if (!code.includes(edit.find)) {
        throw new Error(
          `src/plugins/starlight-deferred-work.mjs: Starlight's code changed, so "${edit.why}" ` +
            `no longer applies to ${id}. Expected to find: ${edit.find}`,
        );
      }
      applied.add(edit);
      return { code: code.replace(edit.find, edit.replace), map: null };
    },
    buildEnd(error) {
      // A module renamed or moved by an upgrade would be skipped silently otherwise.
      if (error) return;
      const missing = EDITS.filter((e) => !applied.has(e));
      if (missing.length && applied.size) {
        this.error(
          `src/plugins/starlight-deferred-work.mjs: no module matched for ${missing
            .map((e) => `"${e.why}"`)
            .join(', ')}; Starlight's files moved.`,
        );
      }
    },
  };
}
