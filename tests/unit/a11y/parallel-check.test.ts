import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { checkFiles } from '../../../src/a11y/source/check.ts';
import { sourceFiles } from '../../../src/a11y/core/source-files.ts';
import { checkSources } from '../../../src/a11y/run/parallel.ts';
import { sortProblems } from '../../../src/a11y/core/report.ts';
import { awaitGateWorker, startGateWorker } from '../../../src/a11y/run/client.ts';
import { sharedQueue, take } from '../../../src/lib/util/shared-queue.ts';
import { project } from './project.ts';

/** `count` posts in a new folder's `posts/`, `p0.md` on, each with the body `body(i)` gives. */
function weeklyPosts(count: number, body: (i: number) => string) {
  const paths = Array.from({ length: count }, (_, i) => `posts/p${i}.md`);
  const dir = project(
    Object.fromEntries(paths.map((path, i) => [path, `---\ntitle: Week ${i}\n---\n${body(i)}`])),
  );
  return { dir, files: paths.map((path) => join(dir, path)) };
}

describe('npm run check over many files', () => {
  // 320 files are two threads' worth on a machine with two cores or more (FILES_PER_THREAD).
  it(
    'shares them with worker threads and reports exactly what one thread reports',
    { timeout: 60_000 },
    async () => {
      const { dir } = weeklyPosts(320, (i) =>
        i % 7 === 0
          ? `Week ${i}\n\n![](chart-${i}.png)\n`
          : i % 5 === 0
            ? `Week ${i}: the chairman spoke.\n\n![A chart of week ${i}](chart.png)\n`
            : `Week ${i}.\n\n![A chart of week ${i}](chart.png)\n`,
      );
      const config = gateConfig();
      const parallel = await checkSources([dir], config, dir);
      const single = await checkFiles(await sourceFiles([dir]), config, dir);
      expect(parallel.files).toBe(320);
      expect(sortProblems(parallel.problems)).toEqual(sortProblems(single));
      expect(parallel.problems.filter((p) => p.ruleId === 'image-alt')).toHaveLength(46);
      expect(
        parallel.problems.filter((p) => p.ruleId === 'inclusive-language').length,
      ).toBeGreaterThan(0);
    },
  );

  it(
    'a worker given the compile cache of npm run check loads from it, and reports the same',
    { timeout: 60_000 },
    async () => {
      const {
        dir,
        files: [file],
      } = weeklyPosts(1, () => 'Hey guys.\n\n![](chart.png)\n');
      const compileCache = join(dir, 'compile');
      const config = gateConfig();
      // As npm run check starts it: before the config is read, its job sent after.
      const run = startGateWorker({ later: true, compileCache });
      run.send({ files: [file], config, cwd: dir });
      const { outcome } = await awaitGateWorker(run);
      expect(outcome.ok).toBe(true);
      expect(outcome.ok && sortProblems(outcome.problems)).toEqual(
        sortProblems(await checkFiles([file], config, dir)),
      );
      // Node keeps the worker's compiled modules there (one folder per Node version).
      const [version] = readdirSync(compileCache);
      expect(readdirSync(join(compileCache, version!)).length).toBeGreaterThan(10);
    },
  );

  it(
    'a worker takes only the files left in the shared queue, and checks them as this thread would',
    { timeout: 60_000 },
    async () => {
      const { dir, files } = weeklyPosts(12, (i) => `Week ${i}.\n\n![](chart-${i}.png)\n`);
      const queue = sharedQueue(files.length);
      // This thread has already taken the first five.
      const mine = take(queue, files, 1);
      for (let i = 0; i < 5; i++) mine.next();
      const config = gateConfig();
      const { outcome } = await awaitGateWorker(
        startGateWorker({ files, config, cwd: dir, record: true, queue: { ...queue, taker: 2 } }),
      );
      expect(outcome.ok).toBe(true);
      const recorded = outcome.ok ? (outcome.recorded ?? []) : [];
      expect(recorded.map((r) => r.file)).toEqual(files.slice(5));
      expect(outcome.ok && outcome.files).toBe(7);
      expect(sortProblems(recorded.flatMap((r) => r.problems))).toEqual(
        sortProblems(await checkFiles(files.slice(5), config, dir)),
      );
    },
  );
});
