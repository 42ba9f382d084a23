import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { commonplaceSyntax, parseMdx } from './syntax.ts';
import { mendTag, mendedWhy } from '../core/attribute-quotes.ts';
import { unclosedBrace } from './javascript-marks.ts';
import { checkDataFile, unreadDataProblem, unreadMarkdownProblem } from './data-files.ts';
import { sourcePlugin } from './lint-rule.ts';
import {
  isAstroFile,
  isDataFile,
  isHtmlPage,
  isUnreadDataFile,
  isUnreadMarkdown,
} from '../core/source-files.ts';
import { directiveAttributesFix, templateTags } from '../core/template-tags.ts';
import { pandocAttributes, pandocAttributesFix } from '../core/pandoc-attributes.ts';
import { rules } from '../rules/index.ts';
import type { GateConfig } from '../core/config.ts';
import { gateFailedMessage, levelOf, type GateRule } from '../core/rule.ts';
import type { Fix, Problem } from '../core/types.ts';
import { fixOf } from '../core/fixes.ts';
import { displayPath } from '../core/report.ts';
import { Locator } from '../core/model.ts';
import { hashText, recordingDeps, type FileDep } from '../../lib/util/file-deps.ts';

export { commonplaceSyntax };

/** The unified-lint-rule plugins of every source rule, with the configured severities. */
export function sourceRulePlugins(config: GateConfig, list: GateRule[] = rules) {
  return list.flatMap((rule) => {
    const level = levelOf(rule, config);
    const plugin = sourcePlugin(rule);
    if (!plugin) return [];
    // A rule set to `off` whose problems can stop the build still runs, for those alone.
    if (level === 'off')
      return rule.someStopTheBuild ? [[plugin, [1, { config, onlyStopping: true }]] as const] : [];
    return [[plugin, [level === 'error' ? 2 : 1, { config }]] as const];
  });
}

/** One reusable processor: parse with commonplaceSyntax, then every source rule. */
export function createSourceProcessor(config: GateConfig, list: GateRule[] = rules) {
  const processor = unified().use(commonplaceSyntax, config.markdownSyntax);
  // unified's types cannot follow a processor through a loop of `use` calls; the plugins are
  // unified-lint-rule plugins taking `[severity, options]`.
  for (const [plugin, options] of sourceRulePlugins(config, list)) {
    processor.use(plugin as Plugin<[unknown], Root>, options);
  }
  const frozen = processor.freeze();
  processorConfig.set(frozen, config);
  return frozen;
}

/** The config each processor was made with: data files are checked under it too. */
const processorConfig = new WeakMap<object, GateConfig>();

type SourceProcessor = ReturnType<typeof createSourceProcessor>;

/** Checks one file's text. Never throws: a file that cannot be parsed is a `parse-error`. */
export async function checkSource(
  processor: SourceProcessor,
  path: string,
  text: string,
  cwd = process.cwd(),
): Promise<Problem[]> {
  // A byte order mark (Windows' Notepad saves one) is no character an editor shows: lines and
  // columns count from after it, and satteri, which drops it, places nodes so.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (isDataFile(path)) return checkDataFile(path, text, processorConfig.get(processor)!, cwd);
  if (isUnreadMarkdown(path))
    return unreadMarkdownProblem(path, processorConfig.get(processor)!, cwd);
  if (isUnreadDataFile(path)) return unreadDataProblem(path, processorConfig.get(processor)!, cwd);
  if (isHtmlPage(path)) {
    // Published as written: the built pages' own rules judge it, here before any build.
    const { checkHtmlFile } = await import('./html-file.ts');
    return checkHtmlFile(path, text, processorConfig.get(processor)!, cwd);
  }
  if (isAstroFile(path)) {
    // Astro's compiler loads only where a site's own .astro files are checked.
    const { checkAstroFile } = await import('./astro-file.ts');
    return checkAstroFile(path, text, processorConfig.get(processor)!, cwd);
  }
  const file = new VFile({ path, value: text, cwd });
  const shown = displayPath(path, cwd);
  let tree: Root;
  try {
    tree = processor.parse(file) as Root;
  } catch (error) {
    return [parseProblem(error, shown, text)];
  }
  try {
    await processor.run(tree, file);
  } catch (error) {
    Object.assign(file.message(gateFailedMessage('check this file', error)), { failed: true });
  }
  return file.messages.map((message) => {
    const end = message.place && 'end' in message.place ? message.place.end : undefined;
    return {
      file: shown,
      line: message.line ?? 1,
      column: message.column ?? 1,
      ...(end && { endLine: end.line, endColumn: end.column }),
      ruleId: message.ruleId ?? 'parse-error',
      severity: message.fatal === false ? 'warning' : 'error',
      message: message.reason,
      ...((message as { failed?: boolean }).failed && { failed: true as const }),
      ...withFixOf(message),
    };
  });
}

/** A message's fix (core/fixes.ts), as a Problem's field, when it has one. */
function withFixOf(message: object): { fix?: Fix } {
  const fix = fixOf(message);
  return fix ? { fix } : {};
}

/**
 * micromark's two words for a tag left open, with where the tag is: at the end of its paragraph
 * ("Expected a closing tag for `<br>` (7:11-7:15) before …"), or at another tag's close
 * ("Unexpected closing tag `</div>`, expected corresponding closing tag for `<img>` (7:11-7:40)").
 */
const UNCLOSED =
  /(?:^Expected a closing tag for|expected corresponding closing tag for) `<([\w.:-]*)>` \((\d+):(\d+)-\d+:\d+\)/;

/** Elements HTML lets a page leave open, which MDX (JSX) wants closed as `<br />`. */
const VOID_ELEMENTS = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/**
 * What to write instead, for what Markdown and HTML allow and MDX refuses: the general hint (a
 * backslash) would show the characters on the page, or not parse either.
 * - `## Pit stops {#pit-stops}`: Hugo's and Docusaurus' heading id, which MDX reads as JavaScript;
 *   the page's heading ids come from the heading's text.
 * - `<!-- note -->`: MDX has no HTML comments; a comment in braces is its comment.
 * - `<https://…>`, `<sam@example.org>`: Markdown's autolinks; MDX reads a tag. A bare address is
 *   linked on the page (GFM's autolink literals, on in Astro's MDX).
 * - `<br>`, or `<p>` never closed: JSX wants every element closed.
 */
function htmlHabitHint(reason: string, lineText: string, column: number): string | undefined {
  const directive = directiveAttributesFix(lineText, lineText.lastIndexOf('{', column - 1));
  if (directive) return directive;
  if (/^\s{0,3}#{1,6}\s.*\{#[\w-]+\}\s*$/.test(lineText))
    return 'MDX has no {#id} for headings, and the page gives each heading an id made from its text (## Pit stops gets #pit-stops): remove the {#…}, or write \\{ to show the braces';
  const pandoc = pandocAttributesFix(lineText, lineText.lastIndexOf('{', column - 1), 'mdx');
  if (pandoc) return pandoc;
  // `## References {.unnumbered}`: Pandoc's and Quarto's heading attributes.
  const heading = /^\s{0,3}#{1,6}\s.*\}\s*$/.test(lineText);
  const attributes = heading && pandocAttributes(lineText, lineText.lastIndexOf('{'));
  if (attributes)
    return `MDX has no {…} attributes for headings, as Pandoc, Quarto and Jekyll's kramdown write them: remove ${attributes.written}${attributes.unnumbered ? ', as headings here are not numbered' : ''}`;
  const template = templateHint(lineText);
  if (template) return template;
  const open = lineText.lastIndexOf('<', column - 1);
  const tag = open === -1 ? '' : lineText.slice(open);
  if (tag.startsWith('<!--'))
    return 'MDX has no HTML comments: write {/* … */} instead, which nothing on the page shows';
  const autolink = /^<([a-z][a-z0-9+.-]*:[^\s<>]+|[^\s@<>]+@[^\s@<>]+)>/i.exec(tag)?.[1];
  if (autolink) {
    const email = !autolink.includes(':');
    return email
      ? `MDX has no <…> links: write [${autolink}](mailto:${autolink})`
      : `MDX has no <…> links: write [what it is](${autolink}), or the address alone, ${autolink}, which the page links`;
  }
  const unclosed = UNCLOSED.exec(reason)?.[1];
  if (!unclosed) return undefined;
  if (VOID_ELEMENTS.test(unclosed))
    return `MDX wants every tag closed: end the <${unclosed}> tag with a / before its >, as in <${unclosed} />`;
  // A tag in the middle of a sentence is often the name of one, written about (`the <Video>
  // component`): code shows it as written.
  const written = /^<[\w.:-]+>/.exec(tag)?.[0];
  const aboutIt =
    written && /\S/.test(lineText.slice(0, open))
      ? `; to show ${written} as text, write it as code: \`${written}\``
      : '';
  return `MDX wants every tag closed: add </${unclosed}> where it ends, or end the tag with /> if it holds nothing${aboutIt}`;
}

/**
 * `<img alt=“The pit wall”>` (quotes an editor made curly) and `<video src=/clip.webm>` (a value
 * without quotes, as HTML allows): the tag with its values in straight quotes, once the file reads
 * past it with them.
 */
function attributeQuotesHint(
  reason: string,
  text: string,
  line: number,
  column: number,
): string | undefined {
  if (!/before attribute value/.test(reason)) return undefined;
  const locator = new Locator(text);
  const open = text.lastIndexOf('<', locator.offset(line, column) - 1);
  const mended = open === -1 ? undefined : mendTag(text, open, 'MDX');
  if (!mended) return undefined;
  const fixed = text.slice(0, open) + mended.fixed + text.slice(open + mended.written.length);
  if (!readsPast(fixed, open + mended.fixed.length)) return undefined;
  return `${mendedWhy(mended, 'MDX')}: write ${mended.fixed}`;
}

/**
 * `{“Hello”}`, `alt={‘The pit’}`: JavaScript in braces with quotes an editor made curly. The
 * expression with straight ones, once the file reads past it with them.
 */
function curlyExpressionHint(
  reason: string,
  text: string,
  line: number,
  column: number,
): string | undefined {
  if (!/Unexpected character '[“”‘’]'/.test(reason)) return undefined;
  const at = new Locator(text).offset(line, column);
  const open = text.lastIndexOf('{', at);
  const close = text.indexOf('}', at);
  const lineEnd = text.indexOf('\n', at);
  if (open === -1 || close === -1 || (lineEnd !== -1 && close > lineEnd)) return undefined;
  const written = text.slice(open, close + 1);
  const straight = written.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  const fixed = text.slice(0, open) + straight + text.slice(close + 1);
  if (!readsPast(fixed, open + straight.length)) return undefined;
  // In text, the braces may have been meant to show; an attribute's value is JavaScript.
  const inText = !/=\s*$/.test(text.slice(0, open));
  return `${written} holds curly quotes, which editors type for straight ones and JavaScript does not read as quotes: write ${straight}${inText ? ', or \\{ to show the braces as text' : ''}`;
}

/** Whether MDX reads `text` past `end`: it parses, or stops only after it. */
function readsPast(text: string, end: number): boolean {
  try {
    parseMdx(new VFile({ path: 'mended.mdx', value: text }));
    return true;
  } catch (error) {
    type Point = { line?: number; column?: number };
    const place = (error as { place?: Point & { start?: Point } }).place;
    const at = place?.start ?? place;
    // A later mistake is the next message's.
    return Boolean(at?.line) && new Locator(text).offset(at!.line!, at!.column ?? 1) > end;
  }
}

/**
 * What to write for another tool's template tag on the line MDX stopped at
 * (src/a11y/core/template-tags.ts).
 */
function templateHint(lineText: string): string | undefined {
  const [tag] = templateTags(lineText);
  if (!tag) return undefined;
  if (tag.youTube)
    return `Hugo's shortcodes are not MDX: write <YouTube id="${tag.youTube}" title="What the video is" /> with its transcript (README "Transcripts and captions")`;
  if (tag.tool === 'Hugo')
    return 'Hugo\'s shortcodes are not MDX: use one of the site\'s components (README "Components"), or write \\{ to show the braces';
  return 'Jekyll\'s Liquid tags are not MDX: write what they stand for (the text of a value, one of the site\'s components for an include: README "Components"), or write \\{ to show the braces';
}

/** The `parse-error` of a file the parser rejected, at the place to fix, with the fix. */
export function parseProblem(error: unknown, file: string, text: string): Problem {
  const e = error as {
    reason?: string;
    message?: string;
    line?: number;
    column?: number;
    place?: unknown;
  };
  const place = e.place as
    { line?: number; column?: number; start?: { line?: number; column?: number } } | undefined;
  let line = e.line ?? place?.line ?? place?.start?.line ?? 1;
  let column = e.column ?? place?.column ?? place?.start?.column ?? 1;
  let reason = (e.reason ?? e.message ?? String(error)).split('\n')[0]!.replace(/\.$/, '');
  // "Expected a closing tag for `<br>` (7:11-7:15) before the end of `paragraph`" is placed where
  // the paragraph starts, and "Unexpected closing tag `</div>`, expected corresponding closing tag
  // for `<img>` (7:11-7:40)" where the `</div>` is (an embed's code, pasted, leaves its `<img>`
  // open); the tag left open is where it says.
  const opened = UNCLOSED.exec(reason);
  if (opened) [line, column] = [Number(opened[2]), Number(opened[3])];
  // "Unexpected end of file in expression" is placed at the end; the brace that opened it is
  // what to fix.
  const brace = /^Unexpected end of file in expression\b/.test(reason)
    ? unclosedBrace(text)
    : undefined;
  if (brace !== undefined) ({ line, column } = new Locator(text).point(brace));
  // "Could not parse import/exports with acorn": acorn's own words say what, in `cause`.
  const cause = (error as { cause?: { message?: unknown } }).cause?.message;
  if (typeof cause === 'string' && /with acorn$/.test(reason))
    reason += `: ${cause.replace(/\s*\(\d+:\d+\)$/, '')}`;
  // The brace hint is for text; an import/export line is JavaScript.
  const esm = (error as { source?: unknown }).source === 'micromark-extension-mdxjs-esm';
  const hint = esm
    ? 'fix the JavaScript of this import or export line'
    : (attributeQuotesHint(reason, text, line, column) ??
      curlyExpressionHint(reason, text, line, column) ??
      htmlHabitHint(reason, text.split('\n')[line - 1] ?? '', column) ??
      'fix the syntax here; in MDX a literal < or { in text needs a backslash, \\< or \\{');
  return {
    file,
    line,
    column,
    ruleId: 'parse-error',
    severity: 'error',
    message: `MDX could not be parsed (${reason}): ${hint}`,
    ...(opened && closedVoid(text, new Locator(text).offset(line, column), opened[1]!)),
  };
}

/**
 * An element HTML leaves open (`<br>`, `<img …>`), closed as MDX wants it, as the fix for `--fix`:
 * a ` /` before the tag's `>`. Nothing for another element, whose end only the author knows.
 */
function closedVoid(text: string, start: number, name: string): { fix?: Fix } {
  if (!VOID_ELEMENTS.test(name) || !text.startsWith(`<${name}`, start)) return {};
  const end = tagEnd(text, start);
  if (end === undefined || text[end - 1] === '/') return {};
  return { fix: { range: [end, end], text: /\s/.test(text[end - 1]!) ? '/' : ' /' } };
}

/** The offset of the `>` that ends the tag opening at `start`, past quoted values and braces. */
function tagEnd(text: string, start: number): number | undefined {
  let quote: string | undefined;
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (depth === 0 && char === '>') return i;
    else if (depth === 0 && char === '<') return undefined;
  }
  return undefined;
}

/** Checks the given files one at a time, in this thread. */
export async function checkFiles(
  files: Iterable<string>,
  config: GateConfig,
  cwd = process.cwd(),
): Promise<Problem[]> {
  const processor = createSourceProcessor(config);
  // Read synchronously: the work is parsing, not waiting, and 32 reads in flight through the
  // thread pool cost twenty times more than plain reads of small files.
  const problems: Problem[] = [];
  for (const path of files)
    problems.push(...(await checkSource(processor, path, readFileSync(path, 'utf8'), cwd)));
  return problems;
}

/** One file's check, with what it read besides the file (for the check's cache, run/cache.ts). */
export interface RecordedCheck {
  file: string;
  /** Hash of the text that was checked. */
  hash: string;
  problems: Problem[];
  deps: FileDep[];
}

/**
 * Checks the given files one at a time, in this thread, recording each one's dependencies;
 * `afterEach` runs after each file (the build's worker keeps its heap small with it).
 */
export async function checkFilesRecorded(
  files: Iterable<string>,
  config: GateConfig,
  cwd = process.cwd(),
  afterEach?: () => void,
): Promise<RecordedCheck[]> {
  const processor = createSourceProcessor(config);
  const results: RecordedCheck[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // gone since it was listed: nothing to check, nothing to cache
    }
    const { value: problems, deps } = await recordingDeps(() =>
      checkSource(processor, file, text, cwd),
    );
    results.push({ file, hash: hashText(text), problems, deps });
    afterEach?.();
  }
  return results;
}
