import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import GithubSlugger from 'github-slugger';
import { lintSourceUnder } from './helpers.ts';
import { project, post as entry } from './project.ts';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { checkSources } from '../../../src/a11y/run/parallel.ts';
import { markdownSyntax, type MarkdownSyntax } from '../../../src/lib/site/markdown-processor.ts';

const post = (body: string) =>
  `---\ntitle: Week 3\ndescription: What I planned for the third week\npubDate: 2026-01-01\n---\n\n${body}`;
const show = (problems: { line: number; ruleId: string; message: string }[]) =>
  problems.map((p) => `${p.line} ${p.ruleId}: ${p.message}`);

describe('the Markdown syntax a site turns on', () => {
  it('is read from the config: markdown.gfm, and the Sätteri features that change what a file holds', () => {
    expect(markdownSyntax(undefined)).toBeUndefined();
    expect(markdownSyntax({ gfm: true })).toBeUndefined();
    expect(markdownSyntax({ gfm: false })).toEqual({ gfm: false });
    const satteri = (features: object) => ({
      processor: { name: 'satteri', options: { features } },
    });
    expect(
      markdownSyntax(
        satteri({ headingAttributes: true, directive: true, smartPunctuation: false, math: {} }),
      ),
    ).toEqual({ headingAttributes: true, directive: true, math: true, smartDashes: false });
    // Sätteri's own gfm has the last word over markdown.gfm.
    expect(
      markdownSyntax({ gfm: false, ...satteri({ gfm: { footnotes: false } }) }),
    ).toBeUndefined();
    expect(markdownSyntax(satteri({ gfm: false }))).toEqual({ gfm: false });
    // Smart punctuation is on in Astro; its dashes change heading ids.
    expect(markdownSyntax({ smartypants: false })).toEqual({ smartDashes: false });
    expect(markdownSyntax(satteri({ smartPunctuation: { dashes: false } }))).toEqual({
      smartDashes: false,
    });
    expect(
      markdownSyntax({ smartypants: false, ...satteri({ smartPunctuation: true }) }),
    ).toBeUndefined();
    // Another processor reads its own syntax.
    expect(markdownSyntax({ processor: { name: 'unified' }, gfm: false })).toBeUndefined();
  });
});

describe('heading attributes (`## The plan {#plan}`)', () => {
  const files = {
    'content/posts/a.md': entry(
      "See [the plan](#plan) and [B's](/posts/b/#laps).\n\n## The plan {#plan}\n\nCharge the camera.",
    ),
    // MDX holding JavaScript is read by micromark, which takes `{#laps}` for an expression.
    'content/posts/b.mdx': entry(
      'export const laps = 57;\n\n## Laps {#laps}\n\nThere are {laps} of them.',
      '',
      'Laps',
    ),
  };
  const check = async (markdownSyntax?: MarkdownSyntax, written = files) => {
    const root = project(written);
    const config = { ...gateConfig(), ...(markdownSyntax && { markdownSyntax }) };
    const { problems } = await checkSources([join(root, 'content')], config, root);
    return problems.map((p) => `${p.file}:${p.line} ${p.ruleId}: ${p.message}`);
  };

  it('give the heading its id where the site reads them, as its page does, in .md and in MDX with JavaScript', async () => {
    const page = markdownToHtml('## The plan {#plan}\n', { features: { headingAttributes: true } });
    expect(page.html).toContain('<h2 id="plan">The plan</h2>');
    expect(await check({ headingAttributes: true })).toEqual([]);
  });

  it('are text where the site does not read them: the page shows them, and a link to the id points nowhere', async () => {
    expect(await check()).toEqual([
      "content/posts/a.md:9 heading-syntax: ## The plan {#plan} ends in {#plan}, a heading id as Hugo, Jekyll and Docusaurus write one, which this site's Markdown does not read, so the page shows it in the heading: remove it and link to #the-plan, the id its text gives, or read heading ids site-wide with satteri({ features: { headingAttributes: true } }) in astro.config.mjs",
      'content/posts/a.md:7 link-target: Link #plan points nowhere: this page has no heading or element with id="plan". Fix the fragment, or add the heading',
      expect.stringMatching(
        /^content\/posts\/b\.mdx:9 parse-error: .*MDX has no \{#id\} for headings/,
      ),
    ]);
    // The fix it gives, without the site-wide setting: no attributes, and links to the ids
    // the headings' texts give.
    const fixed = {
      'content/posts/a.md': files['content/posts/a.md']
        .replace(' {#plan}', '')
        .replace('(#plan)', '(#the-plan)'),
      'content/posts/b.mdx': files['content/posts/b.mdx'].replace(' {#laps}', ''),
    };
    expect(await check(undefined, fixed)).toEqual([]);
  });
});

describe('heading ids with dashes, as smart punctuation writes them', () => {
  /** The id Astro gives a heading: github-slugger over the text Sätteri renders. */
  const pageId = (heading: string, smartPunctuation: boolean) => {
    const { html } = markdownToHtml(`## ${heading}\n`, { features: { smartPunctuation } });
    return new GithubSlugger().slug(html.replace(/<[^>]+>/g, '').trim());
  };
  const heading = 'Use `--force` -- then wait';
  const linkTo = (id: string) => entry(`See [the step](#${id}).\n\n## ${heading}\n\nRun it once.`);
  const check = async (text: string, markdownSyntax?: MarkdownSyntax) => {
    const root = project({ 'content/posts/a.md': text });
    const config = { ...gateConfig(), ...(markdownSyntax && { markdownSyntax }) };
    const { problems } = await checkSources([join(root, 'content')], config, root);
    return problems.map((p) => `${p.line} ${p.ruleId}: ${p.message}`);
  };

  it('are the page’s: a dash outside code, `--` kept inside it', async () => {
    const smart = pageId(heading, true);
    expect(smart).toBe('use---force--then-wait');
    expect(await check(linkTo(smart))).toEqual([]);
    expect(await check(linkTo(pageId(heading, false)))).toEqual([
      expect.stringMatching(/^7 link-target: Link #use---force----then-wait points nowhere/),
    ]);
  });

  it('keep both hyphens where the site turns smart punctuation off', async () => {
    const plain = pageId(heading, false);
    expect(await check(linkTo(plain), { smartDashes: false })).toEqual([]);
  });
});

describe('syntax the site turns off or on, read as its pages read it', () => {
  it('takes a task list and a table for text where GFM is off', async () => {
    const text = post('- [ ] Charge the camera\n\n| Lap | Time |\n| --- |\n| 1 | 1:32 |\n');
    const off = { markdownSyntax: { gfm: false as const } };
    const page = markdownToHtml('- [ ] Charge the camera\n', { features: { gfm: false } }).html;
    expect(page).not.toContain('<input');
    expect(
      show(await lintSourceUnder({ ...off, markdownProcessor: 'satteri' }, text, '.md')),
    ).toEqual([]);
  });

  it('reads directives and wiki links where the site does, and says nothing of them as another tool’s', async () => {
    const text = post(':::note\nCharge the camera before the race.\n:::\n\nSee [[Week 2]] too.\n');
    const off = show(await lintSourceUnder({}, text, '.md'));
    expect(off).toEqual([
      expect.stringMatching(/^7 template-syntax: The aside :::note/),
      expect.stringMatching(/^11 link-syntax: \[\[Week 2\]\] is a wiki link/),
    ]);
    const on = { markdownSyntax: { directive: true as const, wikilinks: true as const } };
    expect(show(await lintSourceUnder(on, text, '.md'))).toEqual([]);
  });

  it('leaves where a wiki link leads to the built page, as a plugin the gate does not run may resolve it', async () => {
    // Sätteri makes [[Week 2]] a link to `Week 2` beside the page; sites that read wiki links
    // resolve them in a plugin of their own, so the page is the judge.
    const root = project({
      'content/posts/a.md': entry('See [[Week 2]] and [the second week](/posts/week-3/).'),
      'content/posts/week-2.md': entry('The second week.', '', 'Week 2'),
    });
    const config = { ...gateConfig(), markdownSyntax: { wikilinks: true as const } };
    const { problems } = await checkSources([join(root, 'content')], config, root);
    expect(problems.map((p) => `${p.line} ${p.ruleId}: ${p.message}`)).toEqual([
      expect.stringMatching(/^7 link-target: Link \/posts\/week-3\/ points nowhere/),
    ]);
    // Where the site reads no wiki links, a link whose text is in brackets, as a citation is
    // written, is a link like any other.
    const cited = project({ 'content/posts/a.md': entry('As shown [[1]](/posts/week-4/).') });
    const plain = await checkSources([join(cited, 'content')], gateConfig(), cited);
    expect(plain.problems.map((p) => `${p.line} ${p.ruleId}: ${p.message}`)).toEqual([
      expect.stringMatching(/^7 link-target: Link \/posts\/week-4\/ points nowhere/),
    ]);
  });
});
