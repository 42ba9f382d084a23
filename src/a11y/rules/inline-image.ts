import { slug } from 'github-slugger';
import type { Model } from '../core/model.ts';
import { attr, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { markdownPath } from '../../lib/site/computer-path.ts';
import { percentDecoded } from '../../lib/util/percent-decoded.ts';

/**
 * An SVG drawing this size or more, written into the file as data, is worth its own file: a
 * small mark (a few hundred bytes of text) is left alone. A photo or screenshot (PNG, JPEG, WebP)
 * as data is always one, as no author types it.
 */
const LARGEST_SVG_BYTES = 10 * 1024;

/** The file extension for a `data:` address's type (`image/svg+xml` is `.svg`). */
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};

/** A `data:` address's type and the size of the bytes it holds; undefined for any other address. */
export function dataImage(url: string): { type: string; bytes: number } | undefined {
  const found = /^data:([^;,]*)((?:;[^;,]*)*),/i.exec(url.trim());
  if (!found) return undefined;
  const data = url.trim().slice(found[0].length);
  // Base64 writes three bytes in four characters, the last four padded with `=`.
  const base64 = /;base64$/i.test(found[2]!);
  const bytes = base64
    ? Math.floor((data.replace(/=+$/, '').length * 3) / 4)
    : percentDecoded(data).length;
  return { type: found[1]!.toLowerCase() || 'text/plain', bytes };
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} bytes`;

/**
 * `inline-image`: a picture written into the entry itself as a `data:` address, as Google Docs'
 * Markdown export writes every picture (`![][image1]` and, at the end, `[image1]:
 * <data:image/png;base64,…>`), and as a picture pasted into some editors arrives. It shows, but
 * Astro does not resize it or make it a web format, the page carries it in full where a file
 * would be loaded when scrolled to, and so does every feed item of the entry, which feed readers
 * fetch again and again. Said at the image, with a file name for it: the reference's label, or
 * its alt text's words.
 */
export function checkInlineImage(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (el.name !== 'img') continue;
    const src = attr(el, 'src');
    const data = typeof src === 'string' ? dataImage(src) : undefined;
    if (!data?.type.startsWith('image/')) continue;
    if (data.type === 'image/svg+xml' && data.bytes < LARGEST_SVG_BYTES) continue;
    const ext = EXTENSIONS[data.type] ?? data.type.slice('image/'.length).replace(/\W.*$/, '');
    const alt = String(attr(el, 'alt') ?? '');
    // Google Docs exports every picture without alt text (`![][image1]`): the fix asks for it.
    const shown = alt.trim() || 'what it shows';
    const markdown = el.origin === 'markdown';
    const written = markdown ? model.text.slice(el.offset, el.end) : '';
    const label = el.note === 'reference' ? /\]\[([^\]]*)\]$/.exec(written)?.[1] : undefined;
    const words = slug(alt.split(/\s+/).slice(0, 5).join(' '));
    const name = `${slug(label ?? '') || words || 'picture'}.${ext}`;
    const file = markdownPath(`./${name}`);
    // Through a reference, Astro publishes a file's path as written (asset-target): the fix is
    // an image of its own.
    const fix = label
      ? `write ![${shown}](${file}) in place of ${written}, and remove its [${label}]: line`
      : `write ![${shown}](${file})${markdown ? '' : ` in place of the <${el.name}>`}`;
    report(
      el,
      `${markdown ? 'Image' : `<${el.name}>`} is written into this file as data (${data.type}, ${size(data.bytes)}), as Google Docs' Markdown export writes pictures, so the page and every feed item carry it in full and unresized: save the picture as ${name} beside this entry (Google Docs' File › Download › Web page gives each picture as a file) and ${fix}`,
    );
  }
}

/**
 * `inline-image` (a warning): a picture written into the entry as a `data:` address (`![Chart](data:image/png;base64,…)`, or a reference whose definition is one, as Google Docs' Markdown export writes every picture, or an `<img src="data:…">`). It shows, but Astro neither resizes it nor makes it a web format, and the page and every feed item of the entry carry it in full. An SVG drawing under 10 KB, a small mark, is left alone.
 *
 * @fix Save the picture as a file beside the entry and write its path, `![Chart](./chart.png)` (for a reference, in place of `![Chart][image1]`, and remove its `[image1]:` line). Google Docs' File › Download › Web page gives each picture as a file.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ![Poll results: most answers came from Instagram](./poll.png)
 *
 *   A small mark: ![](data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E)
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ![Poll results: most answers came from Instagram][image1]
 *
 *   [image1]: <data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:58: Image is written into this file as data (image/png, 69 bytes), as Google Docs' Markdown export writes pictures, so the page and every feed item carry it in full and unresized: save the picture as image1.png beside this entry (Google Docs' File › Download › Web page gives each picture as a file) and write ![Poll results: most answers came from Instagram](./image1.png) in place of ![Poll results: most answers came from Instagram][image1], and remove its [image1]: line
 */
const rule: GateRule = {
  id: 'inline-image',
  severity: 'warning',
  source: checkInlineImage,
};
export default rule;
