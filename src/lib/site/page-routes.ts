import { join } from 'node:path';

/**
 * What a file of `src/pages/` publishes, read from its name as Astro reads it (with this site's
 * `build.format: 'directory'`): `now.astro` is `now/index.html`, `index.astro` is `index.html`,
 * `404.astro` is `404.html`, an endpoint `robots.txt.ts` is `robots.txt`. A name with a
 * parameter (`notes/[slug].astro`, `[...path].astro`) publishes whatever its `getStaticPaths`
 * returns, so only a pattern of its pages is known. Files and folders whose names start with `_`
 * are not routes, nor are other kinds of file.
 */
export type PageRoute = { kind: 'static'; output: string } | { kind: 'dynamic'; pattern: RegExp };

/** The kinds of file Astro makes a page of, in the order `pageFileFor` looks for them. */
const PAGE_EXTENSIONS = ['astro', 'mdx', 'md', 'markdown', 'html'];
const PAGE = new RegExp(`\\.(?:${PAGE_EXTENSIONS.join('|')})$`, 'i');
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

/**
 * The file of `pagesDir` a route was built from, read back from its pattern as Astro gives it
 * (`Astro.routePattern`: `/`, `/clip`, `/posts/[slug]`), the other way round from `pageRoute`:
 * `/clip` is `clip.astro`, `clip.mdx`, … or `clip/index.astro`, …, whichever exists. Undefined
 * for a route no file there makes, such as one an integration injects. `exists` is the disk's
 * (`existsSync`), passed in so the gate, which imports this module, reads no file through it.
 */
export function pageFileFor(
  routePattern: string,
  pagesDir: string,
  exists: (file: string) => boolean,
): string | undefined {
  const route = routePattern.replace(/^\/+|\/+$/g, '');
  const names = route ? [route, `${route}/index`] : ['index'];
  for (const name of names) {
    for (const ext of PAGE_EXTENSIONS) {
      const file = join(pagesDir, `${name}.${ext}`);
      if (exists(file)) return file;
    }
  }
  return undefined;
}
