/**
 * Astro's `build.format` decides the file a page is written to. Commonplace writes every link,
 * feed item, sitemap entry and search result as a folder (`/posts/week-1/`), which only
 * `'directory'` (Astro's default: `posts/week-1/index.html`) serves. `'file'`
 * (`posts/week-1.html`) and `'preserve'` (the same, for pages named like `[slug].astro`) leave
 * each of those links pointing nowhere, so the gate would stop the build on every page. The build
 * and `npm run check` refuse them first, with this one message, at the config's line.
 */

/** What is wrong with a `build.format`, and what to write; undefined when it is supported. */
export function buildFormatProblem(format: unknown): { message: string; hint: string } | undefined {
  if (format === undefined || format === 'directory') return undefined;
  return {
    message:
      `build.format is ${JSON.stringify(format)}: Astro would write posts/week-1.html, where ` +
      'every link, feed item and search result of a Commonplace site points to /posts/week-1/',
    hint: "Remove build.format from the Astro config, or set it to 'directory' (Astro's default).",
  };
}

/**
 * The line and column of `format` in a config's `build` settings, where a problem with it is
 * reported; the first line when the config does not write it there (it comes from elsewhere).
 */
export function buildFormatPosition(configText: string): { line: number; column: number } {
  const build = configText.search(/\bbuild\s*:/);
  const format = build < 0 ? null : /\bformat\s*:/.exec(configText.slice(build));
  if (!format) return { line: 1, column: 1 };
  const before = configText.slice(0, build + format.index);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}
