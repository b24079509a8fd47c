import { describe, expect, it } from 'vitest';
import { findLtrRuns, isolateLtrRunsInHtml, pageDirection } from '../src/utils/bidi';

const runs = (text: string) =>
  findLtrRuns(text)
    .filter((s) => s.ltr)
    .map((s) => s.text);

describe('findLtrRuns', () => {
  it.each([
    ['تابِع ‎@lucky_phone_giveaway_92، لأن', ['@lucky_phone_giveaway_92']],
    ['@quick_facts_hub · 12 نوفمبر 2018', ['@quick_facts_hub']],
    [
      'راجع موقع bsr.org أو https://www.example.org/a/b.',
      ['bsr.org', 'https://www.example.org/a/b'],
    ],
    ['راسلنا على help@example.org اليوم', ['help@example.org']],
    ['بين 2014–2019 وبين 0 – 5 دقائق', ['2014–2019', '0 – 5']],
    ['مراجعة BSR [6] وجدت', ['BSR']],
    ['تقرير Tech Against Terrorism، ثم', ['Tech Against Terrorism']],
    ["عن Meta's Impacts, in Israel", ["Meta's Impacts, in Israel"]],
    ['جائحة COVID-19 ومنتدى 4chan', ['COVID-19', '4chan']],
    ['Twitter 12 نوفمبر', ['Twitter']],
    ['نص عربي فقط، 26,000 وثيقة و99%', []],
  ])('%s', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  it('keeps every character, in order', () => {
    const text = 'قال @a_b في 2019–2020 على x.com: COVID-19!';
    expect(
      findLtrRuns(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('isolateLtrRunsInHtml', () => {
  const page = (body: string, dir = 'rtl') =>
    `<!DOCTYPE html><html lang="ar" dir="${dir}"><head><title>@t x.org</title>` +
    `<script>const a = "@b";</script></head><body>${body}</body></html>`;

  it('wraps runs in right-to-left text and changes nothing else', () => {
    const html = page('<p class="a">تابِع <strong>@glow_99</strong> على x.org.</p>');
    expect(isolateLtrRunsInHtml(html)).toBe(
      page(
        '<p class="a">تابِع <strong><bdi dir="ltr">@glow_99</bdi></strong> على <bdi dir="ltr">x.org</bdi>.</p>',
      ),
    );
  });

  it('leaves left-to-right pages, code, scripts and elements with their own dir alone', () => {
    const ltr = page('<p>Follow @glow_99 on x.org</p>', 'ltr');
    expect(isolateLtrRunsInHtml(ltr)).toBe(ltr);
    const exempt = page(
      '<p><code>@a</code> <a dir="auto" href="https://x.org">Title 2</a> <bdi>@c</bdi></p>' +
        '<div dir="ltr"><p>@d</p></div><svg><text>@e</text></svg>',
    );
    expect(isolateLtrRunsInHtml(exempt)).toBe(exempt);
  });

  it('isolates again inside a right-to-left element of a left-to-right page', () => {
    const html = page('<blockquote dir="rtl">مثال @a</blockquote><p>@b</p>', 'ltr');
    expect(isolateLtrRunsInHtml(html)).toContain('مثال <bdi dir="ltr">@a</bdi></blockquote><p>@b');
  });

  it('keeps escaped characters escaped and drops a typed direction mark beside a run', () => {
    const html = page('<p>قال &lt;b&gt; و\u200e@a &amp; Tom&#39;s</p>');
    expect(isolateLtrRunsInHtml(html)).toContain(
      '<p>قال &lt;<bdi dir="ltr">b</bdi>&gt; و<bdi dir="ltr">@a</bdi> &amp; <bdi dir="ltr">Tom\'s</bdi></p>',
    );
  });

  it('reads attributes that contain ">" without mistaking them for the end of a tag', () => {
    const html = page(`<p data-x='{"a":"<b>"}'>قال @a</p>`);
    expect(isolateLtrRunsInHtml(html)).toContain(
      `<p data-x='{"a":"<b>"}'>قال <bdi dir="ltr">@a</bdi></p>`,
    );
  });

  it('knows the direction of a page', () => {
    expect(pageDirection(page(''))).toBe('rtl');
    expect(pageDirection(page('', 'ltr'))).toBe('ltr');
  });
});
