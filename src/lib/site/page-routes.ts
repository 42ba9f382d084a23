/**
 * What a file of `src/pages/` publishes, read from its name as Astro reads it (with this site's
 * `build.format: 'directory'`): `now.astro` is `now/index.html`, `index.astro` is `index.html`,
 * `404.astro` is `404.html`, an endpoint `robots.txt.ts` is `robots.txt`. A name with a
 * parameter (`notes/[slug].astro`, `[...path].astro`) publishes whatever its `getStaticPaths`
 * returns, so only a pattern of its pages is known. Files and folders whose names start with `_`
 * are not routes, nor are other kinds of file.
 */
export type PageRoute = { kind: 'static'; output: string } | { kind: 'dynamic'; pattern: RegExp };

const PAGE = /\.(?:astro|md|mdx|markdown|html)$/i;
const ENDPOINT = /\.(?:js|ts|mjs|mts)$/i;

/** `relativeFile`: the file's path under `src/pages/`, with `/` between its parts. */
export function pageRoute(relativeFile: string): PageRoute | undefined {
  if (relativeFile.split('/').some((part) => part.startsWith('_'))) return undefined;
  let output: string;
  if (PAGE.test(relativeFile)) {
    const route = relativeFile.replace(PAGE, '').replace(/(?:^|\/)index$/, '');
    output = /^(?:404|500)$/.test(route)
      ? `${route}.html`
      : route
        ? `${route}/index.html`
        : 'index.html';
  } else if (ENDPOINT.test(relativeFile) && !/\.d\.[mc]?ts$/i.test(relativeFile)) {
    output = relativeFile.replace(ENDPOINT, '');
  } else return undefined;
  if (!output.includes('[')) return { kind: 'static', output };
  const parts = output.split('/');
  const pattern = parts
    .map((part, i) => {
      const last = i === parts.length - 1;
      // A rest parameter stands for any number of parts, none included.
      if (/^\[\.\.\.[^\]]*\]$/.test(part)) return last ? '.*' : '(?:.+/)?';
      const one = part.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\[[^\]]*\]/g, '[^/]+');
      return last ? one : `${one}/`;
    })
    .join('');
  return { kind: 'dynamic', pattern: new RegExp(`^${pattern}$`) };
}
