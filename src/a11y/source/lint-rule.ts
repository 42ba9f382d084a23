import { resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import { lintRule } from 'unified-lint-rule';
import { gateConfig } from '../core/config.ts';
import { checkContext } from '../core/context.ts';
import { Locator, type Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import {
  ruleDocsUrl,
  ruleFailedMessage,
  type GateRule,
  type ModelCheck,
  type SourceCheck,
} from '../core/rule.ts';
import { contentIdsUnder } from './content-ids.ts';
import { sourceSite } from '../core/site-urls.ts';
import { pageOnSite } from '../core/site-paths.ts';
import { sourceModel, type SourceOptions } from './model.ts';
import { parseSource } from './syntax.ts';
import { addRenderedIds, aroundSlot, judgeRenderings, renderedAt } from './passed-props.ts';
import { withFix } from '../core/fixes.ts';

const defaultConfig = gateConfig();

const contexts = new WeakMap<
  VFile,
  { config: SourceOptions['config']; path: string; context: CheckContext }
>();

/**
 * The context of a source rule: what the source layer knows about the file it checks. Made once
 * per file and shared by its rules (each asked for it, and resolving the file's path for each of
 * about twenty rules was a tenth of a second of a 1,000-post build's source layer).
 */
export function sourceContext(file: VFile, options: SourceOptions | undefined): CheckContext {
  // Each rule has its own options object (unified-lint-rule's tuple), all with the same config.
  const config = options?.config;
  const made = contexts.get(file);
  if (made && made.config === config && made.path === file.path) return made.context;
  const context = contextOf(file, options);
  contexts.set(file, { config, path: file.path, context });
  return context;
}

function contextOf(file: VFile, options: SourceOptions | undefined): CheckContext {
  const config = options?.config ?? defaultConfig;
  const path = file.path ? resolve(file.path) : undefined;
  return checkContext({
    config,
    layer: 'source',
    syntax: file.extname?.toLowerCase() === '.mdx' ? 'mdx' : 'md',
    file: path,
    cwd: file.cwd,
    from: file.path || undefined,
    contentIds: contentIdsUnder(config),
    rendered: renderedAt,
    aroundSlot,
    // The page an entry will have, as link-target reads it (core/site-urls.ts).
    page: () => {
      const found = sourceSite(path, config);
      return found?.page && pageOnSite(found.page, found.where);
    },
  });
}

/**
 * Turns a source check into a unified-lint-rule plugin: the model is built once per file and
 * shared by every rule, and each report becomes a vfile message at the element's position.
 * With `someStopTheBuild` (GateRule), what the rule reports with `stopsBuild` stays an error
 * at any level, and alone is reported when the rule is `off` (`onlyStopping`).
 */
export function sourceLintRule(
  id: string,
  check: SourceCheck,
  someStopTheBuild = false,
): Plugin<[unknown?], Root> {
  const lint = lintRule<Root, SourceOptions | undefined>(
    { origin: `commonplace:${id}`, url: ruleDocsUrl(id) },
    (tree, file, options) => {
      const model = sourceModel(tree, file);
      const ctx = sourceContext(file, options);
      addRenderedIds(model, ctx);
      const report: Report = (at, message, how) => {
        if (options?.onlyStopping && !how?.stopsBuild) return;
        const { start, end } = locatorFor(model).place(at);
        const said = file.message(message, end ? { start, end } : start);
        if (how?.stopsBuild) Object.assign(said, { stopsBuild: true });
        if (how?.fix) withFix(said, how.fix);
      };
      try {
        const reparse = (text: string) =>
          parseSource(new VFile({ path: file.path, value: text }), ctx.config.markdownSyntax);
        check(model, ctx, report, { tree, file, reparse });
        // What the site's own components render with the props this file gives them.
        judgeRenderings(id, check as ModelCheck, model, ctx, report);
      } catch (error) {
        // unified-lint-rule would report the bare error (`Cannot find module …` and its require
        // stack) as if it were the rule's finding, and the cache would keep it.
        Object.assign(file.message(ruleFailedMessage(id, error)), { failed: true });
      }
    },
  ) as Plugin<[unknown?], Root>;
  return someStopTheBuild ? keepingStopsFatal(lint) : lint;
}

type Transform = (tree: Root, file: VFile, next: (...args: unknown[]) => void) => void;

/**
 * unified-lint-rule sets each message's `fatal` from the rule's level once the rule has run; a
 * problem that stops the build anyway is made fatal after that, for the check, the build and
 * editors alike (README "Rules": what stops the build stays an error at any level). Only the
 * messages this rule added are looked at.
 */
function keepingStopsFatal(lint: Plugin<[unknown?], Root>): Plugin<[unknown?], Root> {
  function plugin(this: unknown, config?: unknown) {
    const transform = (lint as (this: unknown, config?: unknown) => Transform | undefined).call(
      this,
      config,
    );
    if (!transform) return undefined;
    return (tree: Root, file: VFile, next: (...args: unknown[]) => void) => {
      const before = file.messages.length;
      transform(tree, file, (...args) => {
        for (const message of file.messages.slice(before))
          if ((message as { stopsBuild?: boolean }).stopsBuild) message.fatal = true;
        next(...args);
      });
    };
  }
  Object.defineProperty(plugin, 'name', { value: lint.name });
  return plugin as Plugin<[unknown?], Root>;
}

const plugins = new WeakMap<GateRule, Plugin<[unknown?], Root>>();

/** A rule's source check as a unified-lint-rule plugin, made once per rule. */
export function sourcePlugin(rule: GateRule): Plugin<[unknown?], Root> | undefined {
  if (!rule.source) return undefined;
  let plugin = plugins.get(rule);
  if (!plugin)
    plugins.set(
      rule,
      (plugin = sourceLintRule(rule.id, rule.source, rule.someStopTheBuild ?? false)),
    );
  return plugin;
}

const locators = new WeakMap<Model, Locator>();
function locatorFor(model: Model): Locator {
  let locator = locators.get(model);
  if (!locator) locators.set(model, (locator = new Locator(model.text)));
  return locator;
}
