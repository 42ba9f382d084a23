import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkAstroFile } from '../../../../src/a11y/source/astro-file.ts';
import { fixedBy, lintHtml, only } from '../helpers.ts';
import { checkProject, post, projectProblems } from '../project.ts';

const RULE = 'heading-order';

/** This rule's problems in a post, with their fixes. */
async function problemsOf(text: string) {
  const { problems } = await projectProblems({ 'content/posts/a.md': text });
  return only(problems, RULE);
}

describe('heading-order', () => {
  it('passes an outline that starts at level 2 and goes down one level at a time', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            '## What I tried\n\n### Week one\n\n#### Monday\n\n## What changed\n\nSetext\n------',
          ),
          'content/guides/g.mdx': post(
            '## Plan\n\n<Callout type="tip">\n\n### Inside a callout\n\n</Callout>\n\n<h3>In JSX</h3>',
          ),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('flags a second title and a skipped level, in Markdown, HTML and JSX, with the level to write', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post('# Week 3\n\n## Tried\n\n#### Monday\n\n## Changed'),
          'content/pages/about.md':
            '---\ntitle: About\ndescription: D.\n---\n\n<h3>Who I am</h3>\n',
          'content/guides/g.mdx': post('## Plan\n\n<h5>Deep</h5>'),
        },
        RULE,
      ),
    ).toEqual([
      'content/guides/g.mdx:9:1 <h5>Deep</h5> skips from level 2 to level 5: write <h3>Deep</h3>, so the outline screen reader users move by has no gap',
      'content/pages/about.md:6:1 <h3>Who I am</h3> skips from level 1 to level 3: write <h2>Who I am</h2>, so the outline screen reader users move by has no gap',
      "content/posts/a.md:7:1 # Week 3 is a second level-1 heading: the page's title is its level-1 heading. Write ## Week 3, and the headings under it one level down",
      'content/posts/a.md:11:1 #### Monday skips from level 2 to level 4: write ### Monday, so the outline screen reader users move by has no gap',
    ]);
  });

  it('says to delete a first heading that repeats the title, as a post moved from another tool starts, and passes without it', async () => {
    const moved = (body: string) => ({
      'content/posts/moved.md': `---\ntitle: 'Week 3: what changed'\ndescription: D.\npubDate: 2026-01-01\n---\n\n${body}\n`,
    });
    expect(await checkProject(moved('# Week 3:  What changed\n\n## Tried'), RULE)).toEqual([
      'content/posts/moved.md:7:1 # Week 3:  What changed repeats the title, which the page already shows above the text as its level-1 heading: delete this line',
    ]);
    expect(await checkProject(moved('## Tried'), RULE)).toEqual([]);
  });

  it('deletes such a heading with --fix, written either way, and leaves an <h1> to the author', async () => {
    const frontmatter = `---\ntitle: Week 3\ndescription: D.\npubDate: 2026-01-01\n---\n\n`;
    for (const [body, fixed] of [
      ['# Week 3\n\n## Tried\n', '## Tried\n'],
      ['Week 3\n======\n\nText.\n', 'Text.\n'],
      ['# Week 3 #\r\n\r\nText.\r\n', 'Text.\r\n'],
    ] as const) {
      const text = frontmatter + body;
      const problems = await problemsOf(text);
      expect(problems).toHaveLength(1);
      expect(fixedBy(text, problems), body).toBe(frontmatter + fixed);
    }
    const [problem] = await problemsOf(`${frontmatter}<h1>Week 3</h1>\n\nText.\n`);
    expect(problem!.fix).toBeUndefined();
  });

  it('passes once the suggested levels are written', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post('## Week 3\n\n### Tried\n\n#### Monday\n\n### Changed'),
          'content/pages/about.md':
            '---\ntitle: About\ndescription: D.\n---\n\n<h2>Who I am</h2>\n',
          'content/guides/g.mdx': post('## Plan\n\n<h3>Deep</h3>'),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('reads headings from MDX expressions where they render, and not from components the file defines', async () => {
    const found = await checkProject(
      {
        'content/posts/a.mdx': post(
          'export const Deep = () => <h4>Defined here, rendered where used</h4>;\n\n## Plan\n\n{show && <h4>Rendered here</h4>}',
        ),
      },
      RULE,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/<h4>Rendered here<\/h4> skips from level 2 to level 4/);
  });

  it('reads the outline a reader moves by: not a hidden heading, and a role="heading" at its aria-level', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.mdx': post(
            '## Plan\n\n<h4 hidden>Print only</h4>\n\n### Steps\n\n<div role="heading" aria-level="5">Deep</div>',
          ),
        },
        RULE,
      ),
    ).toEqual([
      'content/posts/a.mdx:13:1 <div role="heading" aria-level="5">Deep</div> skips from level 3 to level 5: write <div role="heading" aria-level="4">Deep</div>, so the outline screen reader users move by has no gap',
    ]);
  });

  it('leaves files that do not render under a title alone', async () => {
    expect(
      await checkProject(
        {
          'content/posts/clip.transcript.md': '# Transcript\n\n#### Speaker one\n',
          'content/notes/loose.md': '# Notes\n\n#### Later\n',
        },
        RULE,
      ),
    ).toEqual([]);
  });
});

/** `line: message` of each heading-order problem of an `.astro` file under src/. */
const inAstro = (text: string, path = '/site/src/pages/sources.astro') =>
  only(checkAstroFile(path, text, gateConfig(), '/site'), RULE).map(
    (p) => `${p.line}: ${p.message}`,
  );

/** A built page with this body: the page's title, then what the layout and the entry wrote. */
const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><title>Sources</title></head>\n<body>\n${body}\n</body>\n</html>`;
const onPage = (body: string) =>
  only(lintHtml(page(body)), RULE).map((p) => `${p.line}: ${p.message}`);

describe('heading-order in what src/ writes: .astro files, before any build', () => {
  it('reports a skip between two headings of the file that render one after the other, and passes the fix', () => {
    const sources = (level: number) =>
      `---\nimport Base from '../layouts/BaseLayout.astro';\nconst intro = 'What I read.';\n---\n<Base title="Sources">\n  <h1>Sources</h1>\n  <p>{intro}</p>\n  <h${level}>{'Podcasts'}</h${level}>\n</Base>\n`;
    expect(inAstro(sources(3))).toEqual([
      '8: <h3>Podcasts</h3> skips from level 1 to level 3 (the heading before it is <h1>Sources</h1>): write <h2>Podcasts</h2>, so the outline screen reader users move by has no gap',
    ]);
    expect(inAstro(sources(2))).toEqual([]);
  });

  it('judges the headings of one item of a loop together, and a role="heading" by its aria-level', () => {
    expect(
      inAstro(
        '{items.map((item) => (\n  <section>\n    <h3>{item.title}</h3>\n    <h5>Notes</h5>\n  </section>\n))}\n<h2>More</h2>\n<div role="heading" aria-level="4">Later</div>\n',
      ),
    ).toEqual([
      '4: <h5>Notes</h5> skips from level 3 to level 5 (the heading before it is <h3>…</h3>): write <h4>Notes</h4>, so the outline screen reader users move by has no gap',
      '8: <div role="heading" aria-level="4">Later</div> skips from level 2 to level 4 (the heading before it is <h2>More</h2>): write <div role="heading" aria-level="3">Later</div>, so the outline screen reader users move by has no gap',
    ]);
  });

  it('leaves to the built pages what the file alone does not settle', () => {
    const cases = [
      // The file's first heading follows whatever the page puts before it.
      '<h4>Only one</h4>',
      // A component, a slot or set:html between them may render a heading of its own.
      '<h2>A</h2>\n<Toc headings={[]} />\n<h4>B</h4>',
      '<h2>A</h2>\n<slot />\n<h4>B</h4>',
      '<h2>A</h2>\n<div set:html={html} />\n<h4>B</h4>',
      // What an expression with JSX renders, and the two sides of a condition.
      '<h2>A</h2>\n{show && <h3>B</h3>}\n<h4>C</h4>',
      '{wide ? <h2>A</h2> : <h4>B</h4>}',
      // Sent to a named slot: it renders where the component puts it.
      '<Card>\n  <h2 slot="title">A</h2>\n  <h4>B</h4>\n</Card>',
      // A level only the render knows, and a spread that may set one.
      '<h2>A</h2>\n<h3 aria-level={level}>B</h3>\n<h5>C</h5>',
      '<h2>A</h2>\n<h4 {...rest}>B</h4>',
      // Hidden headings are no part of the outline.
      '<h2>A</h2>\n<h4 hidden>B</h4>\n<h3>C</h3>',
    ];
    for (const text of cases) expect(inAstro(text), text).toEqual([]);
  });

  it('reports a skip in a component, wherever it is used', () => {
    expect(
      inAstro(
        '<aside>\n  <h2>Related</h2>\n  <h4>Week 2</h4>\n</aside>\n',
        '/site/src/components/Related.astro',
      ),
    ).toEqual([
      '3: <h4>Week 2</h4> skips from level 2 to level 4 (the heading before it is <h2>Related</h2>): write <h3>Week 2</h3>, so the outline screen reader users move by has no gap',
    ]);
  });
});

describe('heading-order on built pages', () => {
  it("judges what the layout writes against the heading before it, the entry's text being judged in its source", () => {
    const entry = (related: number) =>
      page(
        `<h1>Week 3</h1>\n<article data-commonplace-source="content/posts/week-3.md"><!--"commonplace:entry-content"--><h2>Tried</h2>\n<h4>In the text</h4>\n<h2>Changed</h2><!--"/commonplace:entry-content"--></article>\n<aside><h${related}>Related posts</h${related}></aside>`,
      );
    expect(only(lintHtml(entry(4)), RULE).map((p) => `${p.line}: ${p.message}`)).toEqual([
      "9: <h4>Related posts</h4> skips from level 2 to level 4 (the heading before it is <h2>Changed</h2>): write <h3>Related posts</h3>, so the outline screen reader users move by has no gap (page built from content/posts/week-3.md; this part of the page comes from a layout or component under src/, not the entry's text)",
    ]);
    expect(only(lintHtml(entry(3)), RULE)).toEqual([]);
  });

  it("leaves the page's first heading alone, and reads aria-level over the tag, as browsers do", () => {
    expect(onPage('<h3>First</h3>\n<h4>Next</h4>')).toEqual([]);
    expect(onPage('<h1>Title</h1>\n<h2 aria-level="3">Deeper</h2>')).toEqual([
      '6: <h2 aria-level="3">Deeper</h2> skips from level 1 to level 3 (the heading before it is <h1>Title</h1>): write <h2 aria-level="2">Deeper</h2>, so the outline screen reader users move by has no gap',
    ]);
    expect(onPage('<h1>Title</h1>\n<h2 aria-level="2">Deeper</h2>')).toEqual([]);
    expect(onPage('<h1>Title</h1>\n<h3 role="none">Not a heading</h3>\n<h2>Next</h2>')).toEqual([]);
  });

  it("reads a dialog's headings as an outline of their own, and goes on after it from before it", () => {
    // html-validate's heading-level cases: a dialog may start again at 1, or go on from outside.
    expect(
      onPage(
        '<h1>A</h1>\n<h2>B</h2>\n<div role="dialog"><h1>Search</h1><h2>Results</h2></div>\n<h3>C</h3>',
      ),
    ).toEqual([]);
    expect(onPage('<h1>A</h1>\n<h2>B</h2>\n<dialog><h3>Search</h3></dialog>\n<h3>C</h3>')).toEqual(
      [],
    );
    expect(onPage('<h1>A</h1>\n<h2>B</h2>\n<dialog><h4>Search</h4></dialog>\n<h3>C</h3>')).toEqual([
      '7: <h4>Search</h4> skips from level 2 to level 4 (the heading before it is <h2>B</h2>): write <h3>Search</h3>, so the outline screen reader users move by has no gap',
    ]);
  });
});
