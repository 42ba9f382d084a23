import type { HastPluginDefinition } from 'satteri';
import { isRootRelative, withBase } from '../lib/site/urls.ts';

/**
 * Authors write links as the site sees them: `[week 2](/posts/week-2/)`, `![map](/media/map.png)`.
 * On a site served from a sub-path (`base: '/my-blog'`) those would leave the site, so Markdown
 * links and images in every `.md` and `.mdx` entry get the base put in front as they are
 * rendered (README "Deploying"). Raw HTML in `.md` and JSX elements in `.mdx` are not Markdown
 * and keep what the author wrote; the gate's `link-target` rule reports a root-relative link
 * there that misses the base, with the fix.
 */

/** hast property names (camelCase) that hold one URL, or a srcset list, per element. */
const URL_PROPERTIES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
};

/** One URL or a srcset (`/a.png 1x, /b.png 2x`) with the base added to root-relative URLs. */
export function rebase(value: string, property: string, base: string): string {
  if (property !== 'srcSet') return withBase(value, base);
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [withBase(url, base), ...descriptor].join(' ');
    })
    .join(', ');
}

/** The Sätteri hast plugin that adds `base` to root-relative URLs in rendered Markdown. */
export function baseLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: 'commonplace-base-links',
    element: {
      filter: Object.keys(URL_PROPERTIES),
      visit(node, ctx) {
        for (const property of URL_PROPERTIES[node.tagName] ?? []) {
          const value = node.properties?.[property];
          if (typeof value !== 'string' || !value) continue;
          const first = value.trim().split(/[\s,]/)[0] ?? '';
          if (!isRootRelative(first) && property !== 'srcSet') continue;
          const rebased = rebase(value, property, base);
          if (rebased !== value) ctx.setProperty(node, property, rebased);
        }
      },
    },
  };
}
