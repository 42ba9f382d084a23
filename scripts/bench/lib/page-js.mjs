// @ts-check
/**
 * What JavaScript a built page loads before any interaction: inline scripts, external scripts,
 * module preloads, and the modules those import statically. Data scripts (JSON-LD, import maps)
 * are not JavaScript; `import()` inside a script runs only when called, so it is not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';
import { Parser } from 'htmlparser2';

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * @typedef {object} PageScript
 * @property {'inline' | 'src' | 'modulepreload'} kind
 * @property {boolean} module
 * @property {string} [src] for external scripts, as written
 * @property {string} [code] for inline scripts
 */

/**
 * The scripts in a page that run (or are fetched to run) before interaction.
 * @param {string} html
 * @returns {PageScript[]}
 */
export function scriptsInHtml(html) {
  /** @type {PageScript[]} */
  const scripts = [];
  /** @type {PageScript | undefined} */
  let open;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (
          name === 'link' &&
          (attrs.rel ?? '').split(/\s+/).includes('modulepreload') &&
          attrs.href
        ) {
          scripts.push({ kind: 'modulepreload', module: true, src: attrs.href });
        }
        if (name !== 'script') return;
        const type = (attrs.type ?? '').trim().toLowerCase();
        if (!JS_TYPES.has(type)) return;
        const module = type === 'module';
        if (attrs.src) scripts.push({ kind: 'src', module, src: attrs.src });
        else open = { kind: 'inline', module, code: '' };
      },
      ontext(text) {
        if (open) open.code += text;
      },
      onclosetag(name) {
        if (name === 'script' && open) {
          if (open.code?.trim()) scripts.push(open);
          open = undefined;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  return scripts;
}

/**
 * Specifiers a module imports statically (`import x from "./a.js"`, `import "./b.js"`,
 * `export * from "./c.js"`), not `import("./d.js")`, which waits until it is called.
 * @param {string} code
 */
export function staticImports(code) {
  const found = new Set();
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/**
 * @typedef {object} LoadedScript
 * @property {string} label an inline script's first words, or an external script's URL
 * @property {number} bytes
 * @property {number} gzipBytes
 */

/**
 * The JavaScript a built page loads before interaction, with each script's size.
 * @param {string} distDir the build output
 * @param {string} pagePath the page's URL path, e.g. `/posts/hello/`
 * @returns {{ page: string, scripts: LoadedScript[], bytes: number, gzipBytes: number }}
 */
export function pageJavaScript(distDir, pagePath) {
  const file = join(distDir, pagePath.replace(/\/$/, '/index.html'));
  if (!existsSync(file))
    throw new Error(`no built page at ${file}: the page's URL may have changed`);
  /** @type {LoadedScript[]} */
  const loaded = [];
  const seen = new Set();
  const size = (/** @type {string} */ code) => ({
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code).length,
  });

  /** Adds an external module or script and, for modules, what it imports statically. */
  const addExternal = (/** @type {string} */ url, /** @type {boolean} */ module) => {
    if (/^(?:[a-z]+:)?\/\//i.test(url) || seen.has(url)) return; // other origins: not ours to size
    seen.add(url);
    const path = join(distDir, decodeURIComponent(url.split(/[?#]/)[0]));
    if (!existsSync(path)) {
      loaded.push({ label: `${url} (missing from the build)`, bytes: 0, gzipBytes: 0 });
      return;
    }
    const code = readFileSync(path, 'utf8');
    loaded.push({ label: url, ...size(code) });
    if (module) for (const spec of staticImports(code)) addExternal(resolveUrl(url, spec), true);
  };

  for (const script of scriptsInHtml(readFileSync(file, 'utf8'))) {
    if (script.kind === 'inline') {
      const code = script.code ?? '';
      const words = code.replace(/\s+/g, ' ').trim().slice(0, 40);
      loaded.push({ label: `inline${script.module ? ' module' : ''}: ${words}…`, ...size(code) });
      if (script.module)
        for (const spec of staticImports(code)) addExternal(resolveUrl(pagePath, spec), true);
    } else if (script.src) {
      addExternal(resolveUrl(pagePath, script.src), script.module);
    }
  }
  return {
    page: pagePath,
    scripts: loaded,
    bytes: loaded.reduce((sum, s) => sum + s.bytes, 0),
    gzipBytes: loaded.reduce((sum, s) => sum + s.gzipBytes, 0),
  };
}

/**
 * A URL path for `spec` as seen from `base` (a page or script path).
 * @param {string} base
 * @param {string} spec
 */
function resolveUrl(base, spec) {
  if (/^(?:[a-z]+:)?\/\//i.test(spec) || spec.startsWith('/')) return spec;
  const from = base.endsWith('/') ? base : dirname(base);
  return posix.normalize(posix.join(from, spec));
}
