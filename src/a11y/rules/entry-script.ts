import { entryCollectionOf } from '../core/content-index.ts';
import type { El, Model } from '../core/model.ts';
import { attr, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/** What a social post's embed code keeps once its script is gone. */
const KEEP_QUOTE = "delete the script, and the quote keeps the post's words and its link";

/**
 * The scripts social sites' and code sites' embed codes end with, and what each does to the page:
 * it rewrites the fallback written above it (a quote of the post, a link to the pen) into the
 * site's own frame, or writes the content into the page itself. By host, and the file where the
 * host serves other scripts too.
 */
const EMBEDS: { host: RegExp; file?: RegExp; what: string; instead: string }[] = [
  {
    host: /^platform\.(?:twitter|x)\.com$/,
    what: "X's (Twitter's) embed script, which replaces the quote above it with X's frame",
    instead: KEEP_QUOTE,
  },
  {
    host: /(?:^|\.)instagram\.com$/,
    file: /\/embed\.js$/,
    what: "Instagram's embed script, which replaces the quote above it with Instagram's frame",
    instead: "delete the script, and the quote keeps the post's link",
  },
  {
    host: /(?:^|\.)tiktok\.com$/,
    file: /\/embed\.js$/,
    what: "TikTok's embed script, which replaces the quote above it with TikTok's player",
    instead:
      "delete the script, and the quote keeps the video's link, with its transcript after it",
  },
  {
    host: /^connect\.facebook\.net$/,
    what: "Facebook's SDK, which replaces the post's embed code with Facebook's frame",
    instead: 'delete the script, and link to the post',
  },
  {
    host: /^embed\.bsky\.app$/,
    what: "Bluesky's embed script, which replaces the quote above it with Bluesky's frame",
    instead: KEEP_QUOTE,
  },
  {
    host: /(?:^|\.)threads\.(?:net|com)$/,
    file: /\/embed\.js$/,
    what: "Threads' embed script, which replaces the quote above it with Threads' frame",
    instead: KEEP_QUOTE,
  },
  {
    host: /(?:^|\.)reddit\.com$/,
    file: /\/widgets\.js$/,
    what: "Reddit's embed script, which replaces the quote above it with Reddit's frame",
    instead: KEEP_QUOTE,
  },
  {
    host: /^gist\.github\.com$/,
    what: 'a GitHub Gist, which the script writes into the page as it loads',
    instead: 'paste the code into a code block (```) and link to the gist',
  },
  {
    host: /(?:^|\.)codepen\.io$/,
    file: /\/ei\.js$/,
    what: "CodePen's embed script, which replaces the paragraph above it with the pen",
    instead:
      'delete the script, and the paragraph keeps the link to the pen; for its code on the page, paste it into a code block (```)',
  },
];

/** Types a `<script>` runs as: JavaScript, a module; data (`application/ld+json`) is none. */
const RUNS = /^(?:|text\/javascript|application\/javascript|module)$/i;

function message(el: El): string | undefined {
  const type = attr(el, 'type');
  if (typeof type === 'string' && !RUNS.test(type.trim())) return undefined;
  const src = attr(el, 'src');
  const unchecked = (tells: string) =>
    `in each reader's browser, after the page is built: the checks never see what it adds, and the feed, search and readers without JavaScript never get it${tells}`;
  const own = 'write on the page what it would show, or delete it';
  if (typeof src !== 'string' || !src.trim()) return `This <script> runs ${unchecked('')}: ${own}`;
  let url: URL;
  try {
    url = new URL(src.trim(), 'https://this.site/');
  } catch {
    return undefined;
  }
  if (url.hostname === 'this.site') return `<script src="${src}"> runs ${unchecked('')}: ${own}`;
  const embed = EMBEDS.find(
    (each) => each.host.test(url.hostname) && (!each.file || each.file.test(url.pathname)),
  );
  const what = embed ? `is ${embed.what}` : `loads a script from ${url.hostname}, which runs`;
  return `<script src="${src}"> ${what} ${unchecked(`, and ${url.hostname} learns of every visit`)}: ${embed?.instead ?? own}`;
}

/**
 * `entry-script` (a warning): a `<script>` in an entry's text, as a social post's or a gist's
 * embed code ends with one. The built page is what the gate judges, and a script changes it after
 * that, in each reader's browser: X's script replaces the quote above it with X's frame, a gist's
 * writes its code into the page. What it adds is never checked, the feed and the search index
 * (both made from the built page) never have it, nor do readers without JavaScript, and a script
 * from another site tells that site of every visit. The site's own scripts (its theme, search)
 * are in its layouts, not here.
 */
export function checkEntryScripts(model: Model, ctx: CheckContext, report: Report): void {
  if (!ctx.file || !entryCollectionOf(ctx.file)) return;
  for (const el of model.elements) {
    if (el.name !== 'script' || el.origin !== 'html') continue;
    const said = message(el);
    if (said) report(el, said);
  }
}

/**
 * `entry-script`: a `<script>` in a post's, guide's or page's text, as the embed codes of social posts and gists end with one (X's `widgets.js`, Instagram's, TikTok's, Bluesky's, Threads' and Reddit's embed scripts, Facebook's SDK, a GitHub Gist's `<script src="https://gist.github.com/….js">`, CodePen's `ei.js`), or a script of the author's own. It changes the page in each reader's browser after the gate has judged the built page, so what it adds is never checked, the feed and the search index never have it, nor do readers without JavaScript; and a script from another site learns of every visit. A `<script type="application/ld+json">`, which is data, is left alone.
 *
 * @fix Delete an embed's script: the quote its embed code writes above it keeps the post's words and link (a TikTok or an Instagram reel is a video, with its transcript after it). For a gist, paste its code into a code block and link to it. For a script of your own, write on the page what it would show.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <blockquote>
 *   <p>Net zero by 2030 is the target.</p>
 *   — FIA (<a href="https://x.com/fia/status/123">@fia</a>)
 *   </blockquote>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <blockquote class="twitter-tweet"><p>Net zero by 2030 is the target.</p></blockquote>
 *   <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   2:1-2:86: <script src="https://platform.twitter.com/widgets.js"> is X's (Twitter's) embed script, which replaces the quote above it with X's frame in each reader's browser, after the page is built: the checks never see what it adds, and the feed, search and readers without JavaScript never get it, and platform.twitter.com learns of every visit: delete the script, and the quote keeps the post's words and its link
 */
const rule: GateRule = {
  id: 'entry-script',
  severity: 'warning',
  source: checkEntryScripts,
};
export default rule;
