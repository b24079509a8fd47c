/*
 * The copy-paste code a teacher or an NGO puts on their own page to show a lesson's quiz:
 * an iframe, and a few lines that size it from the height the embed page reports, accepting
 * messages from the course's own origin only.
 */
export function embedSnippet(embedUrl: string, title: string): string {
  const { origin } = new URL(embedUrl);
  const id = `second-look-${new URL(embedUrl).pathname.split('/').filter(Boolean).at(-1)}`;
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [
    `<iframe id="${id}" src="${attribute(embedUrl)}" title="${attribute(title)}"`,
    `  width="100%" height="900" style="border:0" loading="lazy"></iframe>`,
    `<script>`,
    `  addEventListener('message', (event) => {`,
    `    if (event.origin !== '${origin}' || event.data?.type !== 'second-look:height') return;`,
    `    document.getElementById('${id}').style.height = event.data.height + 'px';`,
    `  });`,
    `</script>`,
  ].join('\n');
}
