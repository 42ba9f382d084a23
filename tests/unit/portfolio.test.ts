import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/lib/site/words/translate.ts';
import { parseDocument, DomUtils } from 'htmlparser2';
import { courseSchema } from '../../src/schemas/course.ts';
import { courseOutline, type CourseMember } from '../../src/lib/courses/courses.ts';
import {
  oneAtATime,
  portfolioAnchor,
  portfolioContentHtml,
  portfolioSections,
} from '../../src/lib/courses/portfolio.ts';

const en = wordsFor('en');

const options = {
  idPrefix: 'posts-week-1--',
  headingShift: 2,
  pageUrl: 'https://example.org/learn/posts/week-1/',
};
const transform = (html: string) => portfolioContentHtml(html, options, en);
const dom = (html: string) => parseDocument(html).children;
const find = (html: string, selector: (el: { name: string }) => boolean) =>
  DomUtils.findAll(selector as never, dom(html));

describe('portfolioSections', () => {
  const course = courseSchema.parse({
    title: 'PLNs',
    term: 'Fall 2026',
    description: 'A course.',
    modules: [
      { id: 'intro', title: 'Learning in public', summary: 'Why.' },
      { id: 'empty', title: 'Not started' },
    ],
  });
  const entry = (id: string, module?: string): CourseMember => ({
    id,
    collection: 'posts',
    data: { title: id, pubDate: new Date('2026-10-01'), course: 'pln', module },
  });

  it('lists every module in order, empty ones too, then entries without a module', () => {
    const sections = portfolioSections(
      courseOutline('pln', course, [entry('a', 'intro'), entry('loose')]),
      en,
    );
    expect(sections.map((s) => [s.id, s.title, s.entries.map((e) => e.id)])).toEqual([
      ['module-intro', 'Module 1: Learning in public', ['a']],
      ['module-empty', 'Module 2: Not started', []],
      ['also-in-this-course', 'Also in this course', ['loose']],
    ]);
    // The module's title apart from the interface's words, for the page to mark its language.
    expect(sections[0]!.titleParts).toEqual({
      before: 'Module 1: ',
      name: 'Learning in public',
      after: '',
    });
    expect(sections[2]!.titleParts).toEqual({ before: 'Also in this course', name: '', after: '' });
    expect(sections[0]!.summary).toBe('Why.');
    expect(sections[1]!.summary).toBeUndefined();
  });

  it('has no "also" section when every entry has a module', () => {
    const sections = portfolioSections(courseOutline('pln', course, [entry('a', 'intro')]), en);
    expect(sections.map((s) => s.id)).toEqual(['module-intro', 'module-empty']);
  });
});

describe('portfolioAnchor', () => {
  it('names an entry by collection and id', () => {
    expect(portfolioAnchor({ collection: 'guides', id: 'f1' })).toBe('guides-f1');
  });
});

describe('oneAtATime', () => {
  it('renders the next item only after the previous one was taken', () => {
    const rendered: number[] = [];
    const items = oneAtATime([1, 2, 3], (n) => {
      rendered.push(n);
      return n * 10;
    });
    expect(Array.isArray(items)).toBe(false);
    expect(rendered).toEqual([]);
    const iterator = items[Symbol.iterator]();
    expect(iterator.next().value).toBe(10);
    expect(rendered).toEqual([1]);
    expect([...iterator]).toEqual([20, 30]);
  });
});

describe('portfolioContentHtml', () => {
  it('shifts headings under the entry title, never past h6', () => {
    const html = transform('<h2 id="a">A</h2><h3>B</h3><h5>C</h5><h6>D</h6>');
    expect(find(html, (el) => /^h\d$/.test(el.name)).map((el) => el.name)).toEqual([
      'h4',
      'h5',
      'h6',
      'h6',
    ]);
  });

  it('makes heading text one line of single spaces, keeping spaces around inline elements', () => {
    expect(transform('<h2>\n  Why   map\n it <code>at</code> all\n</h2>')).toBe(
      '<h4>Why map it <code>at</code> all</h4>',
    );
  });

  it('prefixes every id and every reference to it, leaving other references alone', () => {
    const html = transform(
      '<h2 id="what-i-learned">What</h2><a href="#what-i-learned">up</a><a href="#elsewhere">x</a>' +
        '<video aria-describedby="video-1-transcript other"></video><details id="video-1-transcript"></details>' +
        '<label for="q">Q</label><input id="q">',
    );
    expect(html).toContain('<h4 id="posts-week-1--what-i-learned">');
    expect(html).toContain('href="#posts-week-1--what-i-learned"');
    expect(html).toContain('href="#elsewhere"');
    expect(html).toContain('aria-describedby="posts-week-1--video-1-transcript other"');
    expect(html).toContain('<details id="posts-week-1--video-1-transcript"');
    expect(html).toContain('<label for="posts-week-1--q">');
  });

  it('names two entries’ landmarks of one name apart on the page, and leaves other names alone', () => {
    const table = (label: string) =>
      `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}"><table></table></div>`;
    const landmarks = new Set<string>();
    const entry = (html: string) => portfolioContentHtml(html, { ...options, landmarks }, en);
    const labels = (html: string) =>
      (
        find(html, (el) => ['div', 'section', 'nav'].includes(el.name)) as unknown as {
          attribs: Record<string, string>;
        }[]
      ).map((el) => el.attribs['aria-label']);
    expect(labels(entry(table('Table: Week, Task') + table('Table: Week, Task (2)')))).toEqual([
      'Table: Week, Task',
      'Table: Week, Task (2)',
    ]);
    // The second entry's first table takes the first number the page has not used; a section
    // with a name is a region too, and a navigation of that name is another role's.
    expect(
      labels(
        entry(
          table('Table: Week, Task') +
            '<section aria-label="Table: Week, Task"></section><nav aria-label="Table: Week, Task"></nav>',
        ),
      ),
    ).toEqual(['Table: Week, Task (3)', 'Table: Week, Task (4)', 'Table: Week, Task']);
    // Not landmarks: a note's name, and a group's, may repeat.
    expect(
      entry('<div role="note" aria-label="Tip"></div><div role="note" aria-label="Tip"></div>'),
    ).toBe('<div role="note" aria-label="Tip"></div><div role="note" aria-label="Tip"></div>');
  });

  it('opens transcripts and only transcripts', () => {
    const html = transform(
      '<details class="transcript" data-transcript><summary>Transcript</summary><p>Words</p></details>' +
        '<details><summary>Spoiler</summary></details>',
    );
    const details = find(html, (el) => el.name === 'details') as unknown as {
      attribs: Record<string, string>;
    }[];
    expect(details.map((d) => 'open' in d.attribs)).toEqual([true, false]);
  });

  it('captions an uncaptioned figure with its alt text, hidden from assistive technology', () => {
    const html = transform(
      '<figure><img src="/a.png" alt="A red car &amp; a &quot;pit&quot;"></figure>',
    );
    expect(html).toContain(
      '<figcaption class="alt-caption" aria-hidden="true"><span class="alt-caption-label">Alt text:</span> A red car &amp; a "pit"</figcaption>',
    );
  });

  it('keeps an author’s caption and leaves decorative images uncaptioned', () => {
    const captioned = '<figure><img src="/a.png" alt="Car"><figcaption>Mine</figcaption></figure>';
    expect(transform(captioned)).toBe(captioned);
    expect(transform('<figure><img src="/a.png" alt=""></figure>')).not.toContain('figcaption');
    expect(transform('<p><img src="/a.png" alt=""></p>')).toBe('<p><img src="/a.png" alt=""></p>');
  });

  it('turns a paragraph holding only an image (Markdown) into a captioned figure', () => {
    const html = transform('<p>\n  <a href="/big.png"><img src="/a.png" alt="A map"></a>\n</p>');
    expect(html).toMatch(
      /^<figure class="portfolio-figure">\s*<a [^>]*><img src="\/a.png" alt="A map"><\/a>/,
    );
    expect(html).toContain('Alt text:</span> A map</figcaption></figure>');
    // An image in running text stays where it is.
    const inline = '<p>See <img src="/i.png" alt="icon"> here</p>';
    expect(transform(inline)).toBe(inline);
  });

  it('resolves URLs written relative to the entry’s page, leaving the others alone', () => {
    const html = transform(
      '<a href="../week-2/">w2</a><a href="../../tags/pln/?x=1#top">tag</a><a href="/learn/about/">a</a>' +
        '<a href="#notes">n</a><a href="https://w3.org/">w3c</a><a href="mailto:a@b.org">m</a>' +
        '<img src="chart.png" srcset="chart.png 1x, ./chart@2x.png 2x" alt="">' +
        '<video poster="./still.jpg"><track src="data:text/vtt,WEBVTT"></video>' +
        '<blockquote cite="../source/"></blockquote>',
    );
    const attr = (name: string) =>
      (find(html, () => true) as unknown as { attribs: Record<string, string> }[])
        .map((el) => el.attribs[name])
        .filter((v) => v !== undefined);
    expect(attr('href')).toEqual([
      '/learn/posts/week-2/',
      '/learn/tags/pln/?x=1#top',
      '/learn/about/',
      '#notes',
      'https://w3.org/',
      'mailto:a@b.org',
    ]);
    expect(attr('src')).toEqual(['/learn/posts/week-1/chart.png', 'data:text/vtt,WEBVTT']);
    expect(attr('srcset')).toEqual([
      '/learn/posts/week-1/chart.png 1x, /learn/posts/week-1/chart@2x.png 2x',
    ]);
    expect(attr('poster')).toEqual(['/learn/posts/week-1/still.jpg']);
    expect(attr('cite')).toEqual(['/learn/posts/source/']);
  });

  it('marks links with the absolute URL to print, except in-page, script and bare-URL links', () => {
    const html = transform(
      '<a href="/learn/posts/week-2/">next week</a><a href="../other/">other</a>' +
        '<a href="https://w3.org/WAI/">WAI</a><a href="https://w3.org/">https://w3.org/</a>' +
        '<a href="#top">top</a><a href="javascript:alert(1)">x</a><a href="mailto:a@b.org">mail</a>',
    );
    const urls = (
      find(html, (el) => el.name === 'a') as unknown as { attribs: Record<string, string> }[]
    ).map((a) => a.attribs['data-print-url'] ?? null);
    expect(urls).toEqual([
      'https://example.org/learn/posts/week-2/',
      'https://example.org/learn/posts/other/',
      'https://w3.org/WAI/',
      null,
      null,
      null,
      'mailto:a@b.org',
    ]);
  });
});
