import { dirname, join } from 'node:path';
import { readTsconfig, resolvePathAlias, type TsconfigResult } from 'get-tsconfig';
import { isFileTracked, readTracked } from './file-deps.ts';

/**
 * Paths through an alias of tsconfig.json's `compilerOptions.paths` (`@/assets/cart.png`, as
 * Astro themes write them), which Astro resolves in imports, Markdown images and a cover's
 * `image()`. Each tsconfig.json looked for is recorded (file-deps.ts), so a cached check goes
 * when one appears, changes or goes.
 */

/** Each tsconfig.json read, by its text: one check reads it once, not once per image. */
const parsed = new Map<string, { text: string; result: TsconfigResult | undefined }>();

/** The tsconfig.json nearest `dir`, with what it extends, as Astro reads it. */
function nearestTsconfig(dir: string): TsconfigResult | undefined {
  for (; ; dir = dirname(dir)) {
    const path = join(dir, 'tsconfig.json');
    if (isFileTracked(path)) {
      const text = readTracked(path) ?? '';
      const known = parsed.get(path);
      if (known?.text === text) return known.result;
      let result: TsconfigResult | undefined;
      try {
        result = readTsconfig(path);
      } catch {
        result = undefined; // a tsconfig.json that does not parse names no alias; Astro reports it
      }
      parsed.set(path, { text, result });
      return result;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where a path through an alias leads: `{ file }` when an alias matches it and names a file,
 * `{}` when an alias matches it and names none, undefined when no alias matches it.
 */
export function throughAlias(specifier: string, from: string): { file?: string } | undefined {
  // `./a.png` and `../a.png` are relative, whatever tsconfig.json says.
  if (specifier.startsWith('.')) return undefined;
  const tsconfig = nearestTsconfig(dirname(from));
  if (!tsconfig) return undefined;
  const path = specifier.split(/[?#]/)[0]!;
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
