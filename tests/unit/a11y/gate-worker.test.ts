import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { checkFiles } from '../../../src/a11y/source/check.ts';
import { checkHtmlDir } from '../../../src/a11y/html/check.ts';
import { sortProblems } from '../../../src/a11y/core/report.ts';
import { awaitGateWorker, startGateWorker } from '../../../src/a11y/run/client.ts';
import type { BuiltPagesJob } from '../../../src/a11y/run/jobs.ts';

// A build runs both of the gate's layers in one worker thread (src/integrations/gate.ts): the
// source layer's job, then the built pages' watch, queued while the first still runs.

const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site() {
  const dir = mkdtempSync(join(tmpdir(), 'gate-one-worker-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'content/posts'), { recursive: true });
  mkdirSync(join(dir, 'dist/posts/week-1'), { recursive: true });
  const post = join(dir, 'content/posts/week-1.md');
  writeFileSync(post, '---\ntitle: Week 1\n---\nHey guys.\n\n![](pit-lane.png)\n');
  writeFileSync(join(dir, 'dist/pit-lane.png'), 'png');
  writeFileSync(
    join(dir, 'dist/posts/week-1/index.html'),
    '<main><img src="/pit-lane.png"></main>',
  );
  return { dir, post };
}

describe('one gate worker for both layers of a build', () => {
  it(
    'answers the source job, then the built pages job queued on it, each as this thread would',
    { timeout: 60_000 },
    async () => {
      const { dir, post } = site();
      const config = gateConfig();
      const source = startGateWorker({
        paths: [join(dir, 'content')],
        config,
        cwd: dir,
        background: true,
        untilExit: true,
      });
      const options = { cwd: dir, root: dir, laterFiles: ['rss.xml'] };
      const job: BuiltPagesJob = {
        config,
        cwd: dir,
        html: { dir: join(dir, 'dist'), watch: true, options },
        untilExit: true,
      };
      // Both sent while the source job still runs: the worker keeps them, in order.
      const pages = source.queue(job);
      pages.worker?.postMessage({ laterFiles: ['rss.xml'] });
      expect(pages.worker).toBe(source.worker);

      const fromSource = await awaitGateWorker(source);
      const fromPages = await awaitGateWorker(pages);
      expect(fromSource.outcome.ok && sortProblems(fromSource.outcome.problems)).toEqual(
        sortProblems(await checkFiles([post], config, dir)),
      );
      const here = await checkHtmlDir(join(dir, 'dist'), config, options);
      expect(fromPages.outcome.ok && sortProblems(fromPages.outcome.problems)).toEqual(
        sortProblems(here.problems),
      );
      // Each layer found what it should: the report is not empty on either side.
      expect(here.problems.map((p) => p.ruleId)).toContain('image-alt');
      expect(fromSource.outcome.ok && fromSource.outcome.problems.map((p) => p.ruleId)).toContain(
        'inclusive-language',
      );
    },
  );

  it("judges dates by the sending thread's day, which a worker thread's own clock need not be", async () => {
    const { dir } = site();
    const post = join(dir, 'content/posts/later.md');
    writeFileSync(post, '---\ntitle: Later\npubDate: 2027-06-01\n---\nSoon.\n');
    const config = gateConfig();
    const dates = async () => {
      const { outcome } = await awaitGateWorker(
        startGateWorker({ files: [post], config, cwd: dir }),
      );
      return outcome.ok && outcome.problems.filter((p) => p.ruleId === 'unlikely-date').length;
    };
    // More than a year ahead of 2026-03-01; within the year from 2026-07-01. The worker's own
    // Date is the machine's: only the day it is sent can make the two answers differ.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
    expect(await dates()).toBe(1);
    vi.setSystemTime(new Date('2026-07-01T00:00:00Z'));
    expect(await dates()).toBe(0);
  });

  it('settles a job queued on a worker that has ended as failed, so the caller checks itself', async () => {
    const { dir, post } = site();
    const config = gateConfig();
    const first = startGateWorker({ files: [post], config, cwd: dir });
    expect((await awaitGateWorker(first)).outcome.ok).toBe(true);
    // Without `untilExit` the worker ends once it has answered, whether or not it has yet.
    const second = first.queue({ files: [post], config, cwd: dir });
    const { outcome } = await awaitGateWorker(second);
    expect(outcome).toEqual({ ok: false, message: 'it stopped with exit code 0' });
  });
});
