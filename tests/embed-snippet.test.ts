import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../src/utils/embed-snippet';

describe('the embed snippet', () => {
  const snippet = embedSnippet(
    'https://second-look.example.org/course/ar/embed/territory-to-timeline/',
    'Quiz "1" & more',
  );

  it('frames the embed page with an escaped title', () => {
    expect(snippet).toContain(
      '<iframe id="second-look-territory-to-timeline" src="https://second-look.example.org/course/ar/embed/territory-to-timeline/" title="Quiz &quot;1&quot; &amp; more"',
    );
  });

  it('sizes the frame only from messages of the course origin', () => {
    expect(snippet).toContain("event.origin !== 'https://second-look.example.org'");
    expect(snippet).toContain("getElementById('second-look-territory-to-timeline')");
  });
});
