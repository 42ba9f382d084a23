import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from '../../scripts/bench/gen-corpus.mjs';
import {
  EDITED_POST,
  editOnePost,
  projectRoot,
  setUpSites,
} from '../../scripts/bench/lib/sites.mjs';
import { runMeasured } from '../../scripts/bench/lib/measure.mjs';

/**
 * Posts 1, 2 and 10 as the reference generator of issue 7 (../shared/bench/gen-corpus.mjs,
 * `--count 10 --seed 1`) wrote them: the benchmark's corpus must have the same shape, and with
 * the same seed it is the same text, so numbers compare with that script's.
 */
const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, 'bench-reference-corpus.json'), 'utf8'),
) as {
  posts: Record<string, string>;
};

/** What a post is made of, independent of its words. */
function shape(text: string) {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const blocks = (body ?? '')
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean);
  const video = /<video [^>]*aria-describedby="([^"]+)"[^>]*><\/video>/.exec(body ?? '');
  return {
    fields: [...(frontmatter ?? '').matchAll(/^(\w+):/gm)].map((m) => m[1]),
    paragraphs: blocks.filter((b) => /^[A-Z]/.test(b) && b.split(' ').length >= 30).length,
    headings: blocks.filter((b) => b.startsWith('## ')).length,
    listItems: (body ?? '').split('\n').filter((l) => l.startsWith('- ')).length,
    links: [...(body ?? '').matchAll(/(?<!!)\[[^\]]+\]\(https?:[^)]+\)/g)].length,
    imagesWithAlt: [...(body ?? '').matchAll(/!\[([^\]]+)\]\(/g)].filter(
      (m) => m[1].trim().length > 10,
    ).length,
    codeBlocks: [...(body ?? '').matchAll(/^```\w*\n[\s\S]*?\n```$/gm)].length,
    videoWithTranscript: video
      ? (body ?? '').includes(`<div id="${video[1]}">`) &&
        /\*\*Transcript\.\*\* \S/.test(body ?? '')
      : false,
  };
}

describe('the benchmark corpus', () => {
  it("writes the reference generator's posts, byte for byte, for the same seed", () => {
    const ours = Object.fromEntries(
      generateCorpus({ count: 10, seed: 1 }).map((p) => [p.file, p.text]),
    );
    for (const [file, text] of Object.entries(reference.posts)) expect(ours[file]).toBe(text);
  });

  it('has the reference shape: frontmatter, three paragraphs, a list, a link, an image with alt', () => {
    const expected = shape(reference.posts['bench-00001.mdx']);
    expect(expected).toEqual({
      fields: ['title', 'description', 'pubDate', 'tags'],
      paragraphs: 3,
      headings: 1,
      listItems: 3,
      links: 1,
      imagesWithAlt: 1,
      codeBlocks: 0,
      videoWithTranscript: false,
    });
    for (const post of generateCorpus({ count: 40, seed: 5 })) {
      const tenth = Number(post.file.match(/\d+/)?.[0]) % 10 === 0;
      expect(shape(post.text), post.file).toEqual(
        tenth ? { ...shape(reference.posts['bench-00010.mdx']) } : expected,
      );
    }
  });

  it('adds a code block and a video with an on-page transcript to every tenth post', () => {
    expect(shape(reference.posts['bench-00010.mdx'])).toMatchObject({
      codeBlocks: 1,
      videoWithTranscript: true,
      paragraphs: 3,
    });
  });

  it('is deterministic for a seed and different for another', () => {
    const text = (seed: number) =>
      generateCorpus({ count: 5, seed })
        .map((p) => p.text)
        .join('');
    expect(text(3)).toBe(text(3));
    expect(text(3)).not.toBe(text(4));
  });

  it('dates every post in the past, so none is scheduled', () => {
    const corpus = generateCorpus({ count: 4000 });
    const dates = corpus.map((p) => /pubDate: (\S+)/.exec(p.text)?.[1] ?? '');
    expect(dates.every((d) => d < '2026-01-01')).toBe(true);
    expect(new Set(corpus.map((p) => p.file)).size).toBe(4000);
  });

  it('refuses a post count that is not a positive whole number', () => {
    expect(() => generateCorpus({ count: 0 })).toThrow(
      'the post count must be a positive whole number, got 0',
    );
  });

  it('replaces the posts of an earlier, larger run', () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    writeCorpus(out, { count: 12 });
    writeFileSync(join(out, 'notes.txt'), 'kept');
    expect(writeCorpus(out, { count: 3 })).toBe(3);
    expect(readdirSync(out).sort()).toEqual([
      'bench-00001.mdx',
      'bench-00002.mdx',
      'bench-00003.mdx',
      'notes.txt',
    ]);
  });

  it('runs as a command line, as the reference does', () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-cli-'));
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/bench/gen-corpus.mjs'), '--count', '10', '--out', out],
      { encoding: 'utf8' },
    );
    expect(result.stdout.trim()).toBe(`wrote 10 posts to ${out}`);
    expect(readFileSync(join(out, 'bench-00010.mdx'), 'utf8')).toBe(
      reference.posts['bench-00010.mdx'],
    );
    const bad = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/bench/gen-corpus.mjs'), '--count', 'lots'],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      'gen-corpus: the post count must be a positive whole number, got NaN. Use e.g. --count 1000.',
    );
  });
});

describe('the two benchmark sites', () => {
  it('copies this project with its example content beside the posts, and the bare site with the posts alone', () => {
    const base = mkdtempSync(join(tmpdir(), 'bench-sites-'));
    const posts = join(base, 'posts');
    writeCorpus(posts, { count: 3 });
    const { full, bare } = setUpSites(posts, base);
    const corpus = ['bench-00001.mdx', 'bench-00002.mdx', 'bench-00003.mdx'];
    expect(readdirSync(join(bare, 'content/posts')).sort()).toEqual(corpus);
    // The full site's posts are the example posts plus the corpus.
    const examples = readdirSync(join(projectRoot, 'content/posts'));
    expect(readdirSync(join(full, 'content/posts')).sort()).toEqual(
      [...examples, ...corpus].sort(),
    );
    expect(readdirSync(join(full, 'content')).sort()).toEqual(
      readdirSync(join(projectRoot, 'content')).sort(),
    );
    expect(readdirSync(join(bare, 'content'))).toEqual(['posts']);

    // Each is a project that `npm run build` builds: this project's files, and the bare one's.
    for (const file of ['astro.config.mjs', 'src/site.config.ts', 'src/content.config.ts'])
      expect(readFileSync(join(full, file), 'utf8')).toBe(
        readFileSync(join(projectRoot, file), 'utf8'),
      );
    expect(existsSync(join(full, 'public'))).toBe(true);
    const project = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(full, 'package.json'), 'utf8')).scripts).toEqual(
      project.scripts,
    );
    expect(readFileSync(join(bare, 'astro.config.mjs'), 'utf8')).toBe(
      readFileSync(join(projectRoot, 'scripts/bench/bare/astro.config.mjs'), 'utf8'),
    );
    expect(existsSync(join(bare, 'src/pages/posts/[slug].astro'))).toBe(true);
    // A bare Astro site builds with `astro build`; this project's build adds its search step.
    expect(JSON.parse(readFileSync(join(bare, 'package.json'), 'utf8')).scripts).toEqual({
      build: 'astro build',
    });
    expect(project.scripts.build).toMatch(/^astro build && /);
  });

  it('changes one post for the rebuild and puts it back', () => {
    const base = mkdtempSync(join(tmpdir(), 'bench-edit-'));
    writeCorpus(join(base, 'posts'), { count: 2 });
    const { bare } = setUpSites(join(base, 'posts'), base);
    const file = join(bare, EDITED_POST);
    const before = readFileSync(file, 'utf8');
    const restore = editOnePost(bare);
    expect(readFileSync(file, 'utf8')).not.toBe(before);
    expect(readFileSync(file, 'utf8').startsWith(before)).toBe(true);
    restore();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('measuring a process tree', () => {
  it.each([true, false])(
    "counts a grandchild's memory in the peak and returns the output and exit code (GNU time: %s)",
    async (gnuTime) => {
      // The child starts a grandchild that holds 200 MiB for a moment, as Pagefind's binary
      // runs beside Astro's process.
      const grandchild = `const b = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => console.log('held', b.length), 600);`;
      const child = `const r = require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' }); process.exit(r.status === 0 ? 3 : 1);`;
      const measured = await runMeasured(process.execPath, ['-e', child], {
        cwd: tmpdir(),
        env: process.env,
        gnuTime,
      });
      expect(measured.status).toBe(3);
      expect(measured.output).toContain(`held ${200 * 2 ** 20}`);
      expect(measured.peakTreeBytes).toBeGreaterThan(200 * 2 ** 20);
      expect(measured.peakProcessBytes).toBeGreaterThan(200 * 2 ** 20);
      // The tree holds the child and the grandchild together; the grandchild is the largest.
      expect(measured.peakTreeBytes).toBeGreaterThanOrEqual(measured.peakProcessBytes!);
      // Each source sees the grandchild on its own: GNU time's peak, or the polled tree.
      const source = gnuTime ? measured.rssSources.gnuTime : measured.rssSources.treeSampled;
      expect(source).toBeGreaterThan(200 * 2 ** 20);
      expect(measured.wallSeconds).toBeGreaterThan(0.5);
    },
    // Two Node processes and 200 MiB take seconds on a busy machine: not a timing assertion.
    30_000,
  );

  it(
    "counts a grandchild's CPU time in the command's",
    async () => {
      // The grandchild spins for a second of its own CPU, as Pagefind's binary works beside Astro.
      const grandchild = `const until = process.cpuUsage().user + 1e6; while (process.cpuUsage().user < until);`;
      const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}]);`;
      const measured = await runMeasured(process.execPath, ['-e', child], {
        cwd: tmpdir(),
        env: process.env,
      });
      expect(measured.status).toBe(0);
      // At least the grandchild's second: the child and the grandchild's start add to it.
      expect(measured.cpuSeconds).toBeGreaterThanOrEqual(0.99);
    },
    // A second of CPU takes longer on a busy machine: not a timing assertion.
    30_000,
  );
});
