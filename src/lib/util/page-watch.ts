import { readFileSync, statSync } from 'node:fs';
import { hash } from 'node:crypto';
import { join } from 'node:path';
import { isPage, listFiles } from './files.ts';

/**
 * The pages of an output folder as `astro build` writes them, for work that would otherwise wait
 * for the last page: the built pages' gate (src/a11y/html/watch.ts). Rendering keeps one core
 * busy and leaves the other nearly idle; work on the pages done after it shares both cores with
 * the feeds and Pagefind instead.
 *
 * It looks in the folder from time to time and hands over each page that has settled. At the
 * end it reads every page again and hands over any not seen yet and any whose text changed
 * since (read while Astro was still writing it, or changed by another integration), so what
 * was handed over last for each page is the page on disk.
 */

/** A page written this recently may still be being written: it waits for the next look. */
const SETTLE_MS = 150;
/** Time between looks: at least this, and this many times what the last look took. */
const INTERVAL_MS = 200;
const INTERVAL_FACTOR = 8;

const digest = (text: string) => hash('sha1', text, 'base64');

/**
 * What to do with a page (its path in the folder, and its text). `again` when the page was
 * handed over before with other text: the new text replaces the old.
 */
export type OnPage = (path: string, text: string, again: boolean) => void | Promise<void>;

export interface PageWatch {
  /** How many pages have been handed over so far (a page handed over again counts again). */
  handedOver(): number;
  /**
   * The folder is complete: stops looking, hands over what is left, and returns every file in
   * the folder (paths relative to it, sorted, as `listFiles` gives them).
   */
  finish(): Promise<string[]>;
}

export function watchPages(
  outDir: string,
  onPage: OnPage,
  { settleMs = SETTLE_MS, intervalMs = INTERVAL_MS } = {},
): PageWatch {
  /** Each page handed over so far, with the digest of the text it was handed over with. */
  const seen = new Map<string, string>();
  let count = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function handOver(path: string, text: string): Promise<void> {
    const sum = digest(text);
    const before = seen.get(path);
    if (before === sum) return;
    // Marked only once handed over: a page whose handling failed is handed over again at the end.
    await onPage(path, text, before !== undefined);
    seen.set(path, sum);
    count += 1;
  }

  /** Hands over the pages written since the last look that have had time to settle. */
  async function look(): Promise<void> {
    const start = performance.now();
    try {
      const now = Date.now();
      const fresh = listFiles(outDir).filter((file) => isPage(file) && !seen.has(file));
      for (const path of fresh) {
        if (stopped) break;
        const file = join(outDir, path);
        if (now - statSync(file).mtimeMs < settleMs) continue;
        await handOver(path, readFileSync(file, 'utf8'));
      }
    } catch {
      // No output folder yet, or a page gone or unreadable for now: `finish` reads every page
      // again, so a failed look loses nothing.
    }
    const took = performance.now() - start;
    // Unref'd: a build that fails before its last page must still be able to exit.
    if (!stopped) timer = setTimeout(next, Math.max(intervalMs, took * INTERVAL_FACTOR)).unref();
  }

  let looking: Promise<void> = Promise.resolve();
  const next = () => {
    looking = look();
  };
  next();

  return {
    handedOver: () => count,
    async finish() {
      stopped = true;
      clearTimeout(timer);
      await looking;
      const files = listFiles(outDir);
      for (const path of files.filter(isPage))
        await handOver(path, readFileSync(join(outDir, path), 'utf8'));
      return files;
    },
  };
}
