import { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { GateConfig } from '../core/config.ts';
import { checkContext } from '../core/context.ts';
import {
  noteDeps,
  readTracked,
  recordingDepsSync,
  type FileDep,
} from '../../lib/util/file-deps.ts';
import { pageIds } from '../core/site-urls.ts';
import { parseSource } from './syntax.ts';
import { sourceModel } from './model.ts';
import { addRenderedIds } from './passed-props.ts';

/**
 * Another entry's ids, for `link-target`'s `#fragment`s: reading them means parsing that file,
 * which only the source layer can do, so it hands this to the rules on the check context
 * (CheckContext.contentIds, core/policy.ts).
 */

/**
 * Ids read from other entries, per config (a component's file is found through its aliases),
 * with every read that gave them: the entry's text and the components it renders.
 */
let idsByConfig = new WeakMap<
  GateConfig,
  Map<string, { ids: Set<string> | undefined; deps: FileDep[] }>
>();

/**
 * The ids an entry's page will have from its content: heading ids, explicit `id`s and those the
 * site's components it uses render there (`<Chart />` writing `<h2 id="chart-title">`, as for
 * the entry's own links: source/passed-props.ts). Undefined when the sources cannot know them
 * all: the entry does not parse (its own `parse-error` says so), or a component renders an id
 * only the build knows. Links into it are then left to the built pages.
 */
export function contentIds(file: string, config: GateConfig): Set<string> | undefined {
  let byFile = idsByConfig.get(config);
  if (!byFile) idsByConfig.set(config, (byFile = new Map()));
  const known = byFile.get(file);
  if (known) {
    // Read once per process, but every check that relies on it depends on it (run/cache.ts).
    noteDeps(known.deps);
    return known.ids;
  }
  const { value: ids, deps } = recordingDepsSync(() => {
    const text = readTracked(file);
    if (text === undefined) return new Set<string>();
    const vfile = new VFile({ path: file, value: text });
    try {
      const model = sourceModel(parseSource(vfile, config.markdownSyntax) as Root, vfile);
      const syntax = vfile.extname?.toLowerCase() === '.mdx' ? 'mdx' : 'md';
      addRenderedIds(model, checkContext({ config, layer: 'source', syntax, file }));
      return model.renderedIdsUnknown ? undefined : pageIds(model);
    } catch {
      return undefined;
    }
  });
  byFile.set(file, { ids, deps });
  return ids;
}

/** `contentIds` under one config, as a check context hands it to the rules. */
export const contentIdsUnder =
  (config: GateConfig) =>
  (file: string): Set<string> | undefined =>
    contentIds(file, config);

/** Forgets the ids read from other files (the dev server, after a change). */
export function forgetContentIds(): void {
  idsByConfig = new WeakMap();
}
