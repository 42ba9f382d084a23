import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import type { Plugin as VitePlugin } from 'vite';
import { VFile } from 'vfile';
import { runawayExpression } from '../a11y/source/javascript-marks.ts';
import { userError } from '../lib/util/user-error.ts';

/**
 * astro:config:setup, in `astro dev` and `astro build`: MDX that Astro's parser would read for
 * hours is refused before it reaches the parser, with the line `npm run check` gives.
 *
 * A `{` in MDX text opens a JavaScript expression; a post that pastes an HTML poem or table
 * after one (`<code>{</code>`, then a `<br>` in every line) makes satteri, the parser behind
 * @astrojs/mdx, backtrack in time exponential in the tags. It runs on the thread that asked: the
 * dev server stops answering when the page is opened, and a build stops until the gate's worker
 * ends it (src/a11y/run/stalled-build.ts). This plugin's transform runs before @astrojs/mdx's
 * (a hook of order `pre` runs before every hook without one, whatever the plugins' `enforce`).
 * A file with such an expression (runawayExpression: a text scan, no parser) is read by
 * micromark, which rejects bad JavaScript in linear time; only a file micromark rejects is
 * refused, so a valid one goes on to Astro as written.
 */
export function guardMdxExpressions({
  config,
  updateConfig,
}: HookParameters<'astro:config:setup'>) {
  updateConfig({ vite: { plugins: [refuseRunawayExpressions(fileURLToPath(config.root))] } });
}

export function refuseRunawayExpressions(root: string): VitePlugin {
  return {
    name: 'commonplace:mdx-runaway-expressions',
    transform: {
      order: 'pre',
      // The files @astrojs/mdx compiles.
      filter: { id: /\.mdx$/ },
      async handler(code, id) {
        if (runawayExpression(code) === undefined) return null;
        const { parseMdx } = await import('../a11y/source/syntax.ts');
        try {
          parseMdx(new VFile({ path: id, value: code }));
          return null;
        } catch (error) {
          const { parseProblem } = await import('../a11y/source/check.ts');
          const shown = relative(root, id).split(sep).join('/');
          const { line, column, message } = parseProblem(error, shown, code);
          const refused = userError(`${shown}:${line}:${column}  ${message}`);
          Object.assign(refused, { id, loc: { file: id, line, column } });
          throw refused;
        }
      },
    },
  };
}
