import { basename, dirname } from 'node:path';
import { contentIndexFor } from '../core/content-index.ts';
import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { slugify } from '../../lib/content/slug.ts';

/**
 * Ids the tool a page came from put in its file's name: Notion's export ends each file's name
 * with the page's id, 32 hexadecimal digits (`Week 4 reflection 1a2b…c6.md`), and other
 * exporters write a UUID (`…-6f1c2d3e-0a1b-4c5d-8e9f-0a1b2c3d4e5f`). Only as a whole word of
 * the address, at its end or its start, and only with digits and letters both in it, as an id
 * has: `week-4-2026` and `cafe-face` are words.
 */
const ID = String.raw`[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
const ID_AT_END = new RegExp(`^(?:(.+)-)?(${ID})$`);
const ID_AT_START = new RegExp(`^(${ID})-(.+)$`);

/** The address without the id, when it holds one, and the id. */
function withoutId(slug: string): { rest: string; id: string } | undefined {
  const end = ID_AT_END.exec(slug);
  const start = end ? undefined : ID_AT_START.exec(slug);
  const [id, rest] = end ? [end[2]!, end[1] ?? ''] : start ? [start[1]!, start[2]!] : [];
  return id && /\d/.test(id) && /[a-f]/.test(id) ? { rest: rest!, id } : undefined;
}

/**
 * `entry-address` (a warning): an entry whose address would carry the id the tool it came from
 * put in its file's name, which the address is made of (src/lib/content/slug.ts): a page
 * exported from Notion is published at `/posts/week-4-reflection-1a2b…c6/`, an address readers
 * see, share and cannot remember, and that changes if the file is ever renamed. A `slug:` in the
 * frontmatter gives the address instead, and is left alone.
 */
export function checkEntryAddress(model: Model, ctx: CheckContext, report: Report): void {
  if (!ctx.file) return;
  const index = contentIndexFor(ctx.file, ctx.config.folders);
  const entry = index?.byFile.get(ctx.file);
  if (!index || !entry?.page) return;
  const slug = model.frontmatter?.data.slug;
  if (typeof slug === 'string' && slug) return;
  const found = withoutId(entry.id);
  if (!found) return;
  const title = model.frontmatter?.data.title;
  const meant = found.rest || (typeof title === 'string' ? slugify(title) : '');
  const taken =
    !meant ||
    index.entries.some(
      (other) => other !== entry && other.collection === entry.collection && other.id === meant,
    );
  const folder = /^index\.mdx?$/i.test(basename(ctx.file));
  const file = folder ? `${basename(dirname(ctx.file))}/` : basename(ctx.file);
  const address = `/${entry.page.replace(/index\.html$/, '')}`;
  const rename = folder ? 'rename the folder' : 'rename the file';
  const ext = folder ? '' : (/\.mdx?$/i.exec(ctx.file)?.[0] ?? '');
  const fix = taken
    ? `give it an address of its own with slug: in the frontmatter, as ${meant ? `another entry has ${meant}` : 'its name is only the id'}`
    : `${rename} ${meant}${ext}, or write slug: ${meant} in the frontmatter`;
  report(
    0,
    `${file} ends in ${found.id.length === 32 ? "the id Notion's export gives every page" : 'an id the tool it came from gave it'} (${found.id}), which becomes part of its address, ${address}, one readers see and share: ${fix}`,
  );
}

/**
 * `entry-address`: an entry whose address would end (or start) with the id the tool it came from put in its file's name, as Notion's export names each page's file (`Week 4 reflection 1a2b…c6.md` is published at `/posts/week-4-reflection-1a2b…c6/`), or a UUID another exporter writes: an address readers see and share, and cannot remember. An entry with `slug:` in its frontmatter takes its address from there, and is left alone.
 *
 * @fix Rename the file (or its folder, for an `index.md`) to the name the message gives, or write `slug:` in the frontmatter, which keeps the file's name. Links from other notes exported with it (`Week%204%20reflection%201a2b….md`) are `link-target`'s, which names the page they mean.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   title: Week 4 reflection
 *   description: Voices outside motorsport.
 *   pubDate: 2026-11-30
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok 1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6.md", "label": "input"}
 *
 *   ---
 *   title: Week 4 reflection
 *   description: Voices outside motorsport.
 *   pubDate: 2026-11-30
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok 1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6.md", "label": "output"}
 *
 *   1:1: not-ok 1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6.md ends in the id Notion's export gives every page (1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6), which becomes part of its address, /posts/not-ok-1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6/, one readers see and share: rename the file not-ok.md, or write slug: not-ok in the frontmatter
 */
const rule: GateRule = {
  id: 'entry-address',
  severity: 'warning',
  source: checkEntryAddress,
};
export default rule;
