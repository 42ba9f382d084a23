import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkHtmlDir } from '../../../src/a11y/html/check.ts';
import { watchBuiltPages, type BuiltPagesWatch } from '../../../src/a11y/html/watch.ts';
import { gateConfig } from '../../../src/a11y/core/config.ts';

// The built pages' gate of `astro build` checks pages while Astro writes them. These tests write
// pages into a folder while the watch runs, as Astro does, and hold it to the page on disk.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-watch-'));
  dirs.push(dir);
  return dir;
}

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** Waits until the watch has checked `n` pages (it looks every 20 ms in these tests). */
async function checked(watch: BuiltPagesWatch, n: number): Promise<void> {
  const until = Date.now() + 10_000;
  while (watch.checkedPages() < n) {
    if (Date.now() > until) throw new Error(`only ${watch.checkedPages()} of ${n} pages checked`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const FAST = { settleMs: 0, intervalMs: 20 };

/** A watch over a new folder that already holds the picture the pages show. */
function watching(timing = FAST): { dir: string; watch: BuiltPagesWatch } {
  const dir = folder();
  write(dir, 'pit-lane.png', 'png');
  return { dir, watch: watchBuiltPages(dir, gateConfig(), { cwd: dir }, { timing }) };
}
const MISSING_ALT = '<main><img src="/pit-lane.png"></main>';
const WITH_ALT = '<main><img src="/pit-lane.png" alt="Cars in the pit lane"></main>';
const BROKEN_LINK = '<main><a href="/posts/missing/">Missing</a></main>';

const report = (problems: { file: string; line: number; ruleId: string }[]) =>
  problems.map((p) => `${p.file}:${p.line} ${p.ruleId}`);

describe('watchBuiltPages', () => {
  it('checks pages as they are written and reports what a check of the finished folder reports', async () => {
    const { dir, watch } = watching();
    write(dir, 'index.html', MISSING_ALT);
    write(dir, 'posts/a/index.html', BROKEN_LINK);
    await checked(watch, 2);
    write(dir, 'posts/b/index.html', `${WITH_ALT}\n<a href="/rss.xml">Feed</a>`);
    const watched = await watch.done(['rss.xml']);
    const whole = await checkHtmlDir(dir, gateConfig(), { cwd: dir, laterFiles: ['rss.xml'] });
    expect(watched.files).toBe(3);
    expect(watched.problems).toEqual(whole.problems);
    expect(report(watched.problems)).toEqual([
      'index.html:1 image-alt',
      'posts/a/index.html:1 link-target',
    ]);
  });

  it('judges the page on disk at the end: a page changed after it was checked is checked again', async () => {
    const { dir, watch } = watching();
    write(dir, 'fixed/index.html', MISSING_ALT);
    write(dir, 'broken/index.html', WITH_ALT);
    write(dir, 'link/index.html', BROKEN_LINK);
    await checked(watch, 3);
    // Rewritten after their first check, as a page read half-written or changed by another
    // integration would be.
    write(dir, 'fixed/index.html', WITH_ALT);
    write(dir, 'broken/index.html', `\n\n${MISSING_ALT}`);
    write(dir, 'link/index.html', '<main><a href="/fixed/">Fixed</a></main>');
    const { problems } = await watch.done([]);
    expect(report(problems)).toEqual(['broken/index.html:3 image-alt']);
  });

  it('reports nothing for a page removed before the end, and checks a page written at the last moment', async () => {
    const { dir, watch } = watching();
    write(dir, 'gone/index.html', MISSING_ALT);
    await checked(watch, 1);
    rmSync(join(dir, 'gone'), { recursive: true });
    write(dir, 'late/index.html', BROKEN_LINK);
    const { problems, files } = await watch.done([]);
    expect(files).toBe(1);
    expect(report(problems)).toEqual(['late/index.html:1 link-target']);
  });

  it('waits for a page to settle before reading it', async () => {
    const { watch, dir } = watching({ settleMs: 60_000, intervalMs: 20 });
    write(dir, 'index.html', MISSING_ALT);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(watch.checkedPages()).toBe(0);
    const { problems } = await watch.done([]);
    expect(report(problems)).toEqual(['index.html:1 image-alt']);
    expect(watch.checkedPages()).toBe(1);
  });
});
