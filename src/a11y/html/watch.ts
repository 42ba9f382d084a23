import type { GateConfig } from '../core/config.ts';
import type { Problem } from '../core/types.ts';
import type { HtmlChecker, HtmlCheckOptions } from './check.ts';
import { isPage } from '../../lib/util/files.ts';
import { watchPages, type PageWatch } from '../../lib/util/page-watch.ts';

/**
 * The built-HTML layer of `astro build`, run while Astro renders: a worker started when the
 * build starts (src/integrations/gate.ts) checks each page Astro writes (lib/util/page-watch.ts).
 * Checking every page after the render, as the build used to, put 1.7 s of parsing (at 1,000
 * posts) beside the feeds and Pagefind, which already kept both cores busy.
 *
 * The page on disk at the end is still the judge: `done` reads every page again and checks any
 * whose text differs from what was checked (read while Astro was still writing it, or changed
 * by another integration), and any not seen yet. Same problems as checkHtmlDir on the finished
 * folder.
 */

export interface BuiltPagesWatch {
  /** How many pages have been checked so far (a page checked again counts again). */
  checkedPages(): number;
  /**
   * Astro has written every page: checks what is left and returns every problem, with the
   * whole-site rules over the folder's files and `laterFiles` (the feeds, written after).
   */
  done(laterFiles: string[]): Promise<{ problems: Problem[]; files: number; seconds: number }>;
}

export function watchBuiltPages(
  outDir: string,
  config: GateConfig,
  options: HtmlCheckOptions = {},
  {
    timing,
    afterEach,
  }: {
    timing?: Parameters<typeof watchPages>[2];
    /** Runs after each page is checked (the build's worker keeps its heap small with it). */
    afterEach?: () => void;
  } = {},
): BuiltPagesWatch {
  let checker: HtmlChecker | undefined;
  let busy = 0;

  // The rules and parsers load only once there is a page to check: until rendering starts,
  // Astro is bundling on both cores.
  async function load(): Promise<HtmlChecker> {
    const { htmlChecker } = await import('./check.ts');
    checker ??= htmlChecker(outDir, config, options);
    return checker;
  }

  const pages: PageWatch = watchPages(
    outDir,
    async (path, text) => {
      const into = checker ?? (await load());
      const start = performance.now();
      into.check(path, text);
      busy += performance.now() - start;
      afterEach?.();
    },
    timing,
  );

  return {
    checkedPages: () => pages.handedOver(),
    async done(laterFiles) {
      const files = await pages.finish();
      const into = checker ?? (await load());
      const start = performance.now();
      const problems = into.finish(files, laterFiles);
      busy += performance.now() - start;
      return { problems, files: files.filter(isPage).length, seconds: busy / 1000 };
    },
  };
}
