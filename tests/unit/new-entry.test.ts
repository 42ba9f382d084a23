import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintSource, only } from './a11y/helpers.ts';

const script = resolve(import.meta.dirname, '../../scripts/new.mjs');
const run = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);

describe('npm run new', () => {
  it('prints how to use it for --help, and makes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-help-'));
    for (const flag of ['--help', '-h']) {
      const result = run(dir, flag);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: npm run new -- post "Title"/);
      expect(result.stderr).toBe('');
    }
    expect(existsSync(join(dir, 'content'))).toBe(false);
  });

  it("creates a draft post with a slug from the title and today's date", () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-post-'));
    const result = run(dir, 'post', 'Week 5: What "inclusive" means');
    expect(result.status).toBe(0);
    const text = readFileSync(join(dir, 'content/posts/week-5-what-inclusive-means.mdx'), 'utf8');
    const data = frontmatter(text);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(data).toMatchObject({
      title: 'Week 5: What "inclusive" means',
      draft: true,
      pubDate: today,
      tags: [],
    });
    expect(data.description).toBeTruthy();
  });

  it('creates a guide with the guide fields and a Steps block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-guide-'));
    expect(run(dir, 'guide', 'Growing a PLN').status).toBe(0);
    const text = readFileSync(join(dir, 'content/guides/growing-a-pln.mdx'), 'utf8');
    expect(frontmatter(text)).toMatchObject({ draft: true, perspectives: [], events: [] });
    expect(text).toContain('<Steps>');
    expect(text).toContain('- [ ] ');
  });

  it('writes the language given with --lang, in its canonical form, and refuses one that is not a tag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-lang-'));
    expect(run(dir, 'post', 'Una pregunta sobre la F1', '--lang', 'ES').status).toBe(0);
    const text = readFileSync(join(dir, 'content/posts/una-pregunta-sobre-la-f1.mdx'), 'utf8');
    expect(frontmatter(text)).toMatchObject({ lang: 'es', draft: true });
    // How to record the fluent reader the writing checks ask for, as a comment to fill in.
    expect(text).toContain(
      '\nlang: es\n# fluentReader: the name of a fluent reader once they have read its words\n',
    );
    expect(run(dir, 'post', 'A note from London', '--lang', 'en-GB').status).toBe(0);
    expect(readFileSync(join(dir, 'content/posts/a-note-from-london.mdx'), 'utf8')).not.toContain(
      'fluentReader',
    );
    expect(run(dir, 'page', 'Acerca de', '--lang=pt-br').status).toBe(0);
    expect(frontmatter(readFileSync(join(dir, 'content/pages/acerca-de.mdx'), 'utf8')).lang).toBe(
      'pt-BR',
    );
    const refused = run(dir, 'post', 'Otra', '--lang', 'spanish');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--lang spanish is not a language tag: write es.');
  });

  it('writes plain Markdown with --md, a guide without the MDX-only Steps', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-md-'));
    expect(run(dir, 'post', 'Week 6', '--md').status).toBe(0);
    const post = readFileSync(join(dir, 'content/posts/week-6.md'), 'utf8');
    expect(frontmatter(post)).toMatchObject({ title: 'Week 6', draft: true });
    expect(run(dir, '--md', 'guide', 'A plan').status).toBe(0);
    const guide = readFileSync(join(dir, 'content/guides/a-plan.md'), 'utf8');
    expect(guide).not.toContain('<Steps>');
    expect(guide).toContain('- [ ] ');
    // A .mdx of the same name would give the same address: refused.
    const clash = run(dir, 'post', 'Week 6');
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain('content/posts/week-6.md already exists');
  });

  it('creates a draft page at /<slug>/, and refuses addresses the site uses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-page-'));
    const result = run(dir, 'page', 'Contact me');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('publish it at /contact-me/');
    const data = frontmatter(readFileSync(join(dir, 'content/pages/contact-me.mdx'), 'utf8'));
    expect(data).toEqual({
      title: 'Contact me',
      description: 'TODO: one or two sentences about "Contact me".',
      draft: true,
    });
    const taken = run(dir, 'page', 'Tags');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('A page "Tags" would be at /tags/, which the site already uses');
  });

  it('puts a post or guide in a course with --course and --module, by id or by the titles the course page shows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-course-'));
    mkdirSync(join(dir, 'content/courses'), { recursive: true });
    writeFileSync(
      join(dir, 'content/courses/edu-101.yaml'),
      'title: EDU 101\nterm: Spring 2027\ndescription: D.\nmodules:\n  - id: week-1\n    title: Getting started\n  - id: tools\n    title: Tools we use\n',
    );
    const made = run(dir, 'post', 'Week 2', '--course', 'EDU 101', '--module', 'Getting Started');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('It is in course edu-101, module week-1');
    const text = readFileSync(join(dir, 'content/posts/week-2.mdx'), 'utf8');
    expect(frontmatter(text)).toMatchObject({ course: 'edu-101', module: 'week-1' });
    // With no module, the ones to choose from, as a comment the author turns into the field.
    expect(run(dir, 'guide', 'A plan', '--course=edu-101').status).toBe(0);
    const guide = readFileSync(join(dir, 'content/guides/a-plan.mdx'), 'utf8');
    expect(frontmatter(guide)).toMatchObject({ course: 'edu-101' });
    expect(guide).toContain('# module: one of week-1, tools (the course page groups by it)');
    // A course or module that is not there, a page, or a module alone: said, and nothing made.
    const refused = [
      [
        ['post', 'Week 3', '--course', 'edu-102'],
        /^course "edu-102" does not exist: did you mean "edu-101"\?/,
      ],
      [
        ['post', 'Week 3', '--course', 'edu-101', '--module', 'week-9'],
        /^module "week-9" is not in course "edu-101": did you mean "week-1"\?/,
      ],
      [['page', 'Week 3', '--course', 'edu-101'], /^--course is for posts and guides/],
      [
        ['post', 'Week 3', '--module', 'tools'],
        /^--module needs its course too: --course pln-101 --module tools/,
      ],
    ] as const;
    for (const [args, message] of refused) {
      const result = run(dir, ...args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    expect(existsSync(join(dir, 'content/posts/week-3.mdx'))).toBe(false);
    expect(existsSync(join(dir, 'content/pages/week-3.mdx'))).toBe(false);
  });

  it('refuses to overwrite, leaving the file as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-clash-'));
    mkdirSync(join(dir, 'content/posts'), { recursive: true });
    writeFileSync(join(dir, 'content/posts/hello.mdx'), 'mine');
    const result = run(dir, 'post', 'Hello');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/posts/hello.mdx already exists: choose another title, or edit that file.',
    );
    expect(readFileSync(join(dir, 'content/posts/hello.mdx'), 'utf8')).toBe('mine');
  });

  it('starts a reflection that follows a model: its sections as headings, prompts as MDX comments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-model-'));
    const result = run(dir, 'reflection', 'Week 8: The fan survey', '--model', 'gibbs');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("It follows Gibbs' reflective cycle");
    const text = readFileSync(join(dir, 'content/posts/week-8-the-fan-survey.mdx'), 'utf8');
    expect(frontmatter(text)).toMatchObject({ model: 'gibbs', draft: true });
    expect(text.match(/^## .+$/gm)).toEqual([
      '## Description',
      '## Feelings',
      '## Evaluation',
      '## Analysis',
      '## Conclusion',
      '## Action plan',
    ]);
    expect(text).toContain(
      '## Feelings\n\n{/* What were you thinking and feeling at the time? */}',
    );
    // The gate reads it as MDX without complaint, and lists the sections still to write.
    const problems = await lintSource(text, '.mdx');
    expect(only(problems, 'parse-error')).toEqual([]);
    expect(only(problems, 'reflection-model')).toHaveLength(6);
  }, 30_000);

  it('writes Markdown with HTML comments when asked with --md', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-model-md-'));
    expect(run(dir, 'reflection', 'Week 9', '--model=4f', '--md').status).toBe(0);
    const text = readFileSync(join(dir, 'content/posts/week-9.md'), 'utf8');
    expect(frontmatter(text)).toMatchObject({ model: '4f' });
    expect(text).toContain(
      '## Facts\n\n<!-- What happened? Keep to what someone else could have observed. -->',
    );
    const problems = await lintSource(text, '.md');
    expect(only(problems, 'parse-error')).toEqual([]);
    expect(only(problems, 'reflection-model')).toHaveLength(4);
  }, 30_000);

  it('refuses a model that does not exist, listing those that do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-model-bad-'));
    const result = run(dir, 'reflection', 'Week 10', '--model', 'gibs');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '"gibs" is not a reflection model: did you mean "gibbs"? Otherwise add it under reflectionModels in src/site.config.ts.',
    );
    expect(run(dir, 'guide', 'A plan', '--model', 'gibbs').status).toBe(1);
  }, 30_000);

  it('says what is missing or wrong in what it was asked, with the command to run, and makes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-usage-'));
    const said = (...args: string[]) => {
      const result = run(dir, ...args);
      expect(result.status, args.join(' ')).toBe(1);
      return result.stderr.split('\n')[0];
    };
    expect(said()).toBe('Say what to make and its title, e.g. npm run new -- post "Week 1".');
    expect(said('post')).toBe('A post needs a title: npm run new -- post "Title".');
    expect(said('Post', 'Week 1')).toBe(
      '"Post" is not a kind of entry: write post, npm run new -- post "Week 1".',
    );
    expect(said('guides', 'Growing a PLN')).toBe(
      '"guides" is not a kind of entry: write guide, npm run new -- guide "Growing a PLN".',
    );
    // The title with no kind before it.
    expect(said('My first post')).toBe(
      '"My first post" is not a kind of entry: say what to make first, e.g. npm run new -- post "My first post".',
    );
    expect(run(dir, 'essay', 'Title').stderr).toContain('Usage: npm run new -- post "Title"');
    expect(existsSync(join(dir, 'content'))).toBe(false);
    // Each command a message gives makes its entry.
    for (const args of [
      ['post', 'Week 1'],
      ['guide', 'Growing a PLN'],
      ['post', 'My first post'],
    ])
      expect(run(dir, ...args).status, args.join(' ')).toBe(0);
  });
});
