import { transform } from 'esbuild';
import source from '../../scripts/boot.js?raw';

let minified: Promise<string> | undefined;

/**
 * The boot script, minified once per build: every page inlines it, so each byte counts (the
 * budget is 1 KB), and minifying it per page cost about 1 ms a page.
 */
export function bootScript(): Promise<string> {
  minified ??= transform(source, { minify: true, target: 'es2020' }).then(({ code }) =>
    code.trim(),
  );
  return minified;
}
