import { join } from 'node:path';
import type { El, Model } from '../core/model.ts';
import { attr, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { fileBeside, isRelativePath, markdownImageTarget, sourceSite } from '../core/site-urls.ts';
import { localTarget } from '../core/site-paths.ts';
import { readHeadTracked } from '../../lib/util/file-deps.ts';
import { animation, mayAnimate, movingSeconds, type Motion } from '../../lib/media/animation.ts';

/**
 * `image-motion`: an animated picture (GIF, WebP or APNG) that moves for more than five seconds,
 * which a reader cannot pause: the motion pulls the eye from the text around it, and stops some
 * readers reading at all (WCAG 2.2.2, Pause, Stop, Hide). A page has no control for it, as it has
 * for a video. Astro's image service keeps every frame of a picture written as a Markdown image
 * beside the entry: a GIF becomes a WebP that loops forever (`loop: 0` in
 * astro/dist/assets/services/sharp.js), so it is judged as looping forever; an animated WebP
 * keeps its own frames and loop count; an APNG becomes a still picture, as its image library
 * reads only its first frame. One from public/ (`/demo.gif`) is served as it is, and judged by
 * its own frames and loop count (src/lib/media/animation.ts).
 */

/** The largest picture read for its frames; a bigger one is left alone rather than read whole. */
const MAX_BYTES = 32 * 1024 * 1024;
/** What is read of every picture first: enough to tell one that may move from a still one. */
const HEAD_BYTES = 64 * 1024;

/** The picture file an image shows, and whether Astro's image service processes it. */
function pictureOf(
  el: El,
  ctx: CheckContext,
): { src: string; file: string; processed: boolean } | undefined {
  if (el.name !== 'img' || !ctx.file) return undefined;
  const written = attr(el, 'src');
  if (typeof written !== 'string') return undefined;
  const src = written.trim();
  if (!/\.(?:gif|webp|a?png)(?:[?#]|$)/i.test(src)) return undefined;
  if (isRelativePath(src)) {
    // A relative <img src> is not published at all: asset-target says so.
    const file = el.origin === 'markdown' ? fileBeside(src, ctx.file) : undefined;
    return file ? { src, file, processed: true } : undefined;
  }
  if (!src.startsWith('/') || src.startsWith('//')) return undefined;
  const found = sourceSite(ctx.file, ctx.config);
  if (!found) return undefined;
  // An <img> is published as written; one outside the base is asset-target's to report.
  const target =
    el.origin === 'markdown'
      ? markdownImageTarget(src, found.where)
      : localTarget(src, new URL('https://site.invalid/'), found.where);
  if (target.kind !== 'local') return undefined;
  return { src, file: join(found.index.publicDir, target.path), processed: false };
}

const KIND: Record<Motion['format'], string> = {
  gif: 'an animated GIF',
  webp: 'an animated WebP',
  apng: 'an animated PNG (APNG)',
};

export function checkImageMotion(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const found = pictureOf(el, ctx);
    if (!found) continue;
    const head = readHeadTracked(found.file, HEAD_BYTES);
    if (!head || !mayAnimate(head)) continue;
    const bytes = head.length < HEAD_BYTES ? head : readHeadTracked(found.file, MAX_BYTES);
    if (!bytes || bytes.length === MAX_BYTES) continue;
    const motion = animation(bytes);
    // The build's image library reads an APNG's first frame only: it is published still.
    if (!motion || (found.processed && motion.format === 'apng')) continue;
    const forever = found.processed && motion.format === 'gif';
    const seconds = movingSeconds(motion, forever);
    if (seconds <= 5) continue;
    const what = el.origin === 'markdown' ? `Image ${found.src}` : `<img> src="${found.src}"`;
    const kind = KIND[motion.format];
    const moves = forever
      ? `is ${kind}, which the build turns into a picture that loops forever`
      : seconds === Infinity
        ? `is ${kind} that loops forever`
        : `is ${kind} that moves for ${Math.round(seconds)} seconds`;
    report(
      el,
      `${what} ${moves}, and a reader cannot pause it: use a still image, or make it a video a reader can pause, <video src="…" controls muted loop></video>, with a line after it saying what it shows`,
    );
  }
}

/**
 * `image-motion`: an animated GIF, WebP or PNG (APNG) that moves for more than five seconds with no way to pause it (WCAG 2.2.2): a GIF written as a Markdown image beside the entry, which the build turns into a WebP that loops forever, an animated WebP that loops forever or plays longer than five seconds (beside the entry it keeps its own frames and loop count), or any of the three from `public/` that does. A still picture, one that stops within five seconds, and an APNG beside the entry (the build keeps its first frame only) pass.
 *
 * @fix Use a still image, or make it a video a reader can pause: `<video src="…" controls muted loop></video>`, with a line after it saying what it shows.
 *
 * @example
 *   {"name": "ok.md", "files": {"content/posts/still.gif": "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000,\u0000\u0000\u0000\u0000\u0001\u0000\u0001\u0000\u0000\u0002\u0002D\u0001\u0000;"}}
 *
 *   ![The pit board reading P3](./still.gif)
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "files": {"content/posts/spinning.gif": "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000,\u0000\u0000\u0000\u0000\u0001\u0000\u0001\u0000\u0000\u0002\u0002D\u0001\u0000,\u0000\u0000\u0000\u0000\u0001\u0000\u0001\u0000\u0000\u0002\u0002D\u0001\u0000;"}}
 *
 *   ![A wheel gun spinning](./spinning.gif)
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:40: Image ./spinning.gif is an animated GIF, which the build turns into a picture that loops forever, and a reader cannot pause it: use a still image, or make it a video a reader can pause, <video src="…" controls muted loop></video>, with a line after it saying what it shows
 */
const rule: GateRule = { id: 'image-motion', severity: 'error', source: checkImageMotion };
export default rule;
