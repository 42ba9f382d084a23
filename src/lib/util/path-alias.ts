import { dirname, isAbsolute, join, resolve } from 'node:path';
import {
  getExtendsChain,
  resolveExtendsChain,
  resolvePathAlias,
  type TsconfigResult,
} from 'get-tsconfig';
import { isFileTracked, readTracked } from './file-deps.ts';

/**
 * Paths through an alias (`@/assets/cart.png`, as Astro themes write them), which Astro's
 * bundler resolves in imports, Markdown images and a cover's `image()`: the Astro config's
 * `vite.resolve.alias`, then tsconfig.json's `compilerOptions.paths`. Each file looked for is
 * recorded (file-deps.ts), so a cached check goes when one appears, changes or goes.
 */

/**
 * One entry of Vite's `resolve.alias`, with the project root its `/src/…` replacements start
 * from. Entries with a `customResolver` are kept as find and replacement alone.
 */
export interface ImportAlias {
  find: string | RegExp;
  replacement: string;
  root: string;
}

/**
 * Vite's `resolve.alias` as written in an Astro config (`{ '@widgets': '/abs/widgets' }` or
 * `[{ find: /^~\/(.*)$/, replacement: './src/$1' }]`), normalized as Vite normalizes it: in
 * order, a `find` and `replacement` that both end in `/` lose it. Anything else (no alias, a
 * value that is not text) gives no entry: the build's own resolver reports what it cannot use.
 */
export function importAliases(alias: unknown, root: string): ImportAlias[] {
  if (!alias || typeof alias !== 'object') return [];
  const entries: unknown[] = Array.isArray(alias)
    ? alias
    : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
  const aliases: ImportAlias[] = [];
  // One spelling of the root (Astro gives `/site/`, a path `/site`): a build's config and
  // `npm run check`'s then compare equal, and share the check's cache (src/a11y/run/cache.ts).
  const base = resolve(root);
  for (const entry of entries) {
    let { find, replacement } = (entry ?? {}) as { find?: unknown; replacement?: unknown };
    if (typeof replacement !== 'string') continue;
    if (typeof find === 'string' && find.endsWith('/') && replacement.endsWith('/')) {
      find = find.slice(0, -1);
      replacement = replacement.slice(0, -1);
    }
    if (typeof find === 'string' || find instanceof RegExp)
      aliases.push({ find, replacement: replacement as string, root: base });
  }
  return aliases;
}

/**
 * Where a path through one of Vite's aliases leads, as Vite resolves it: the first entry that
 * matches (a string matches the whole path or a path starting with it and `/`; a RegExp, as it
 * tests), its replacement put in, then the result read as Vite reads an import: `./x` beside
 * the importing file, `/src/x` from the project's root (else as a path on disk), an absolute
 * path, or a package in a `node_modules/` above the importing file.
 */
function throughViteAlias(
  path: string,
  from: string,
  aliases: readonly ImportAlias[],
): { file?: string } | undefined {
  const alias = aliases.find(({ find }) =>
    typeof find === 'string'
      ? path === find || path.startsWith(find.endsWith('/') ? find : `${find}/`)
      : new RegExp(find.source, find.flags.replace(/[gy]/g, '')).test(path),
  );
  if (!alias) return undefined;
  const target =
    typeof alias.find === 'string'
      ? path.replace(alias.find, () => alias.replacement)
      : path.replace(alias.find, alias.replacement);
  const candidates: string[] = [];
  if (target.startsWith('./') || target.startsWith('../'))
    candidates.push(resolve(dirname(from), target));
  else if (target.startsWith('/') && !target.startsWith(join(alias.root, '/')))
    candidates.push(join(alias.root, target), target);
  else if (isAbsolute(target)) candidates.push(target);
  else
    for (let dir = dirname(from); ; dir = dirname(dir)) {
      candidates.push(join(dir, 'node_modules', target));
      if (dirname(dir) === dir) break;
    }
  return { file: candidates.find((candidate) => isFileTracked(candidate)) };
}

/**
 * Each tsconfig.json read, by its text and the texts of the files it extends: one check reads
 * it once, not once per image, and a long-running dev server sees an edit to any of them.
 */
const parsed = new Map<
  string,
  {
    text: string;
    extended: { file: string; text: string | undefined }[];
    result: TsconfigResult | undefined;
  }
>();

/**
 * The tsconfig.json nearest `dir`, with what it extends, as Astro reads it. Every file of the
 * chain is read through readTracked, so a cached check goes when the `paths` change in a file
 * the project's tsconfig.json only extends (`"extends": "./tsconfig.base.json"`).
 */
function nearestTsconfig(dir: string): TsconfigResult | undefined {
  for (; ; dir = dirname(dir)) {
    const path = join(dir, 'tsconfig.json');
    if (isFileTracked(path)) {
      const text = readTracked(path) ?? '';
      const known = parsed.get(path);
      if (
        known?.text === text &&
        known.extended.every((each) => readTracked(each.file) === each.text)
      )
        return known.result;
      let result: TsconfigResult | undefined;
      let extended: { file: string; text: string | undefined }[] = [];
      try {
        const chain = getExtendsChain(path);
        extended = chain.slice(1).map(({ path: file }) => ({ file, text: readTracked(file) }));
        result = resolveExtendsChain(chain);
      } catch {
        result = undefined; // a tsconfig.json that does not parse names no alias; Astro reports it
      }
      parsed.set(path, { text, extended, result });
      return result;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where a path through an alias leads: `{ file }` when an alias matches it and names a file,
 * `{}` when an alias matches it and names none, undefined when no alias matches it. `aliases`
 * are Vite's, from the Astro config (GateConfig's `aliases`); tsconfig.json is found from `from`.
 */
export function throughAlias(
  specifier: string,
  from: string,
  aliases: readonly ImportAlias[] = [],
): { file?: string } | undefined {
  // `./a.png` and `../a.png` are relative, whatever tsconfig.json says.
  if (specifier.startsWith('.')) return undefined;
  const path = specifier.split(/[?#]/)[0]!;
  // Vite's aliases come first: its alias plugin runs before the resolver that reads tsconfig.json.
  const viaVite = throughViteAlias(path, from, aliases);
  if (viaVite) return viaVite;
  const tsconfig = nearestTsconfig(dirname(from));
  if (!tsconfig) return undefined;
  let candidates: string[];
  try {
    candidates = resolvePathAlias(tsconfig, path);
  } catch {
    // Targets TypeScript refuses (`"@lib/*": ["src/lib/*"]` without baseUrl): the alias is
    // there, where it leads only the build can tell.
    return Object.keys(tsconfig.config.compilerOptions?.paths ?? {}).some((pattern) =>
      matches(pattern, path),
    )
      ? {}
      : undefined;
  }
  if (candidates.length === 0) return undefined;
  return { file: candidates.find((candidate) => isFileTracked(candidate)) };
}

/** Whether a `paths` pattern (`@lib/*`, or a whole name) matches the path. */
function matches(pattern: string, path: string): boolean {
  const star = pattern.indexOf('*');
  if (star === -1) return pattern === path;
  const [prefix, suffix] = [pattern.slice(0, star), pattern.slice(star + 1)];
  return (
    path.length >= prefix.length + suffix.length && path.startsWith(prefix) && path.endsWith(suffix)
  );
}

/**
 * The alias a path starts with when it looks like one (`@/`, `~/`, `$lib/`, `@assets/`): the
 * first segment of a path that no file or package name starts so.
 */
export function aliasPrefix(path: string): string | undefined {
  return /^([@~$][^/]*\/)/.exec(path)?.[1];
}

/** The second fix for a path through an alias nothing defines, as the import and image checks say it. */
export function defineAliasFix(alias: string): string {
  return `define the alias in tsconfig.json's compilerOptions.paths, e.g. "${alias}*": ["./src/*"]`;
}
