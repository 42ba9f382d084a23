import { describe, expect, it } from 'vitest';
import { capWarnings, formatText } from '../../../src/a11y/core/report.ts';
import type { Problem } from '../../../src/a11y/core/types.ts';
import { builtFromNote, quotedFromNote, withoutBuiltFrom } from '../../../src/a11y/core/rule.ts';

const warning = (file: string, line: number, ruleId = 'inclusive-language'): Problem => ({
  file,
  line,
  column: 1,
  ruleId,
  severity: 'warning',
  message: '`guys` may be insensitive: write `people` instead',
});
const error = (file: string, line: number): Problem => ({
  file,
  line,
  column: 1,
  ruleId: 'image-alt',
  severity: 'error',
  message: 'Markdown image has no alt text',
});

describe('warnings capped in the build log', () => {
  const many = Array.from({ length: 2441 }, (_, i) =>
    warning(`content/posts/p${String(i).padStart(4, '0')}.mdx`, 3),
  );
  const errors = Array.from({ length: 25 }, (_, i) =>
    error(`content/posts/e${String(i).padStart(2, '0')}.md`, 6),
  );

  it('shows ten warnings of a rule, then says how many more and where to see them', () => {
    const lines = capWarnings(many, 'npm run check');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe(
      'content/posts/p0000.mdx:3:1  warning  `guys` may be insensitive: write `people` instead  inclusive-language',
    );
    expect(lines[9]).toContain('content/posts/p0009.mdx:3:1');
    expect(lines[10]).toBe(
      '… and 2,431 more inclusive-language warnings: run npm run check to see them all',
    );
  });

  it('never caps errors, and counts each rule on its own', () => {
    const mixed = [
      ...errors,
      ...many.slice(0, 11),
      ...Array.from({ length: 12 }, (_, i) => warning('content/posts/a.mdx', i + 1, 'alt-quality')),
    ];
    const lines = capWarnings(mixed, 'npm run check:html -- dist');
    expect(lines.filter((line) => line.includes('  error  '))).toHaveLength(25);
    expect(lines.filter((line) => line.endsWith('  alt-quality'))).toHaveLength(10);
    expect(lines.filter((line) => line.endsWith('  inclusive-language'))).toHaveLength(10);
    expect(lines.slice(-2)).toEqual([
      '… and 2 more alt-quality warnings: run npm run check:html -- dist to see them all',
      '… and 1 more inclusive-language warning: run npm run check:html -- dist to see them all',
    ]);
  });

  it('prints everything when no rule has more than ten warnings, as npm run check always does', () => {
    const few = many.slice(0, 10);
    expect(capWarnings(few, 'npm run check')).toHaveLength(10);
    // npm run check's own report is never capped.
    expect(formatText(many).split('\n')).toHaveLength(2441 + 2);
  });

  it('shows a problem src/ wrote on many built pages on its first three, then how many more', () => {
    const link = (page: string, note = '', target = '/feed-archive/'): Problem => ({
      file: `dist/${page}/index.html`,
      line: 1,
      column: 3785,
      ruleId: 'link-target',
      severity: 'error',
      message: `Link ${target} points nowhere: the build has no page ${target}. Fix the link, or create the page${note}`,
    });
    const post = (i: number) => `posts/p${String(i).padStart(4, '0')}`;
    // The footer's link, on every entry's page outside the entry's text, and on a tag page.
    const footer = Array.from({ length: 1143 }, (_, i) =>
      link(post(i), builtFromNote(`content/posts/p${i}.mdx`, true)),
    );
    // The same broken link written in five entries' own text: five fixes, so never folded.
    const written = Array.from({ length: 5 }, (_, i) => ({
      ...link(post(i), builtFromNote(`content/posts/p${i}.mdx`, false), '/old/'),
      line: 9,
    }));
    const problems = [...footer, link('tags'), ...written];
    const lines = capWarnings(problems, 'npm run check:html -- dist', undefined, { pages: true });
    const archive = /  error  Link \/feed-archive\/ .*; this part of the page comes from a layout/;
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^dist/posts/p0000/index.html:1:3785${archive.source}`)),
      'dist/posts/p0000/index.html:9:3785  error  Link /old/ points nowhere: the build has no page /old/. Fix the link, or create the page (page built from content/posts/p0.mdx)  link-target',
      expect.stringMatching(new RegExp(`^dist/posts/p0001/index.html:1:3785${archive.source}`)),
      expect.stringMatching(/^dist\/posts\/p0001\/index.html:9:3785  error  Link \/old\//),
      expect.stringMatching(new RegExp(`^dist/posts/p0002/index.html:1:3785${archive.source}`)),
      expect.stringMatching(/^dist\/posts\/p0002\/index.html:9:3785  error  Link \/old\//),
      expect.stringMatching(/^dist\/posts\/p0003\/index.html:9:3785  error  Link \/old\//),
      expect.stringMatching(/^dist\/posts\/p0004\/index.html:9:3785  error  Link \/old\//),
      '… and the same error on 1,141 more pages (1,144 in all): "Link /feed-archive/ points nowhere: the build has no page /…" (link-target). It comes from a layout or component under src/: fix it there once',
    ]);
    // The summary still counts every one, and the source layer's log never folds: there each
    // file's problem is that file's own.
    expect(formatText(problems).split('\n').at(-1)).toBe('1149 errors, 0 warnings in 1144 files');
    expect(capWarnings(problems, 'npm run check')).toHaveLength(1149);
    // Three pages or fewer: each is shown.
    expect(capWarnings(footer.slice(0, 3), '', undefined, { pages: true })).toHaveLength(3);
  });
});

describe('a warning both layers give, in the build log once', () => {
  const empty = (file: string, line: number, message: string): Problem => ({
    file,
    line,
    column: 1,
    ruleId: 'heading-name',
    severity: 'warning',
    message,
  });
  const atSource = (line: number) =>
    empty(
      'content/posts/week-1.md',
      line,
      "Heading has no text: write the section's title after the #, or remove the line",
    );
  const onPage = (line: number, fromLayout = false, source = 'content/posts/week-1.md') =>
    empty(
      'dist/posts/week-1/index.html',
      line,
      `<h2> has no text a reader hears: write the section's title in it, or remove it${builtFromNote(source, fromLayout)}`,
    );

  it("leaves out a page's warning in the entry's text when the source layer gave it at its line", () => {
    const lines = capWarnings([onPage(40)], 'npm run check:html -- dist', undefined, {
      pages: true,
      sources: [atSource(9)],
    });
    expect(lines).toEqual([
      "… and 1 heading-name warning in entries' text, not shown again: the source layer reported it above, at its line",
    ]);
  });

  it('leaves out only as many as the source layer gave: the rest of the page is still shown', () => {
    const lines = capWarnings([onPage(40), onPage(52), onPage(61)], '', undefined, {
      pages: true,
      sources: [atSource(9), atSource(19)],
    });
    expect(lines).toEqual([
      expect.stringMatching(/^dist\/posts\/week-1\/index.html:61:1  warning  <h2> has no text/),
      "… and 2 heading-name warnings in entries' text, not shown again: the source layer reported them above, at their lines",
    ]);
  });

  it('leaves it out again on a page that quotes the entry (a course portfolio), as many as the source layer gave', () => {
    const onPortfolio = (line: number) =>
      empty(
        'dist/courses/pln/portfolio/index.html',
        line,
        `<h5> has no text a reader hears: write the section's title in it, or remove it${quotedFromNote('content/posts/week-1.md')}`,
      );
    expect(withoutBuiltFrom(onPortfolio(1).message)).toEqual({
      what: "<h5> has no text a reader hears: write the section's title in it, or remove it",
      fromSrc: false,
      source: 'content/posts/week-1.md',
    });
    const lines = capWarnings([onPage(40), onPortfolio(120), onPortfolio(130)], '', undefined, {
      pages: true,
      sources: [atSource(9)],
    });
    expect(lines).toEqual([
      expect.stringMatching(
        /^dist\/courses\/pln\/portfolio\/index.html:130:1  warning  <h5> has no text.* \(page quotes this from content\/posts\/week-1.md\)  heading-name$/,
      ),
      "… and 2 heading-name warnings in entries' text, not shown again: the source layer reported them above, at their lines",
    ]);
  });

  it("shows what a layout wrote, another entry's page, another rule and without the source layer's report", () => {
    const layout = onPage(3, true);
    const other = onPage(40, false, 'content/posts/week-2.md');
    const order = { ...onPage(41), ruleId: 'heading-order' };
    const sources = [atSource(9)];
    for (const problem of [layout, other, order])
      expect(capWarnings([problem], '', undefined, { pages: true, sources })).toHaveLength(1);
    expect(capWarnings([onPage(40)], '', undefined, { pages: true })).toHaveLength(1);
    // An error is never left out: the source layer's errors stop the build before any page.
    const error = { ...onPage(40), severity: 'error' as const };
    const sourceError = { ...atSource(9), severity: 'error' as const };
    expect(
      capWarnings([error], '', undefined, { pages: true, sources: [sourceError] }),
    ).toHaveLength(1);
  });
});
