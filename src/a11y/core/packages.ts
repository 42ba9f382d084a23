import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { isFileTracked } from '../../lib/util/file-deps.ts';
import { fileBeside } from './site-urls.ts';
import { defineAliasFix, throughAlias, type ImportAlias } from '../../lib/util/path-alias.ts';
import { STARLIGHT_COMPONENTS, STARLIGHT_EQUIVALENTS } from '../../components/mdx/other-tools.ts';

/**
 * An npm package name: lower case, optionally scoped, without `~` (npm refuses it). Aliases
 * (`@/x`, `~/x`, `$lib/x`, `Lib/x`) are not.
 */
const PACKAGE_NAME = /^(?:@[a-z0-9-][a-z0-9-._]*\/)?[a-z0-9-][a-z0-9-._]*$/;

/**
 * The package a bare import names (`chart-kit` for `chart-kit/bar`), when no `node_modules/` from
 * the importing file up holds it, or the alias it starts with (`@/` in `@/components/Img.astro`),
 * when no alias matches it: the bundler would stop on it. Undefined when it is installed,
 * when it is no package import at all (a relative path, `astro:assets`, `node:fs`, a Node
 * built-in, `#internal`, a file beside the importer named without `./`), when it matches an
 * alias (the Astro config's `vite.resolve.alias`, or tsconfig.json's `compilerOptions.paths`,
 * which Astro resolves), and under Yarn Plug'n'Play
 * (`.pnp.cjs`), which has no `node_modules/` to look in: there only the build can tell. What it
 * looks at is recorded (file-deps.ts), so a cached result goes when a package is installed or
 * removed.
 */
export function missingPackage(
  specifier: string,
  file: string,
  aliases: readonly ImportAlias[] = [],
): string | undefined {
  if (/^[./#]/.test(specifier) || specifier.includes(':') || isBuiltin(specifier)) return undefined;
  // A file beside the importer, named without ./ (`pit.png`): Vite and the bundler fall back
  // to it when no package has the name.
  if (fileBeside(specifier, file)) return undefined;
  const name = packageName(specifier);
  if (PACKAGE_NAME.test(name))
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      if (isFileTracked(join(dir, 'node_modules', name, 'package.json'))) return undefined;
      if (isFileTracked(join(dir, '.pnp.cjs'))) return undefined;
      if (dirname(dir) === dir) break;
    }
  return throughAlias(specifier, file, aliases) ? undefined : name;
}

/** The package an import names: `chart-kit` for `chart-kit/bar`, `@scope/kit` for `@scope/kit/x`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/**
 * What `asset-target` and the build say about an import nothing resolves, in the same words: a
 * package to install, or, for a name no package can have (`@/components/Img.astro`, as Astro
 * themes import through their own alias), the alias to define or the path to write instead.
 */
export function missingPackageMessage(specifier: string, name: string): string {
  if (STARLIGHT_COMPONENTS.test(specifier))
    return `import '${specifier}' is Starlight's, and its components work only in a Starlight site (installing it would not make them work here): remove the import, and write this site's own instead, which every MDX file has: ${STARLIGHT_EQUIVALENTS}`;
  if (PACKAGE_NAME.test(name))
    return `import '${specifier}' names no package this project has installed: install it (npm install ${name}), or fix the name; for an alias, list it in tsconfig.json's compilerOptions.paths`;
  const alias = `${specifier.split('/')[0]}/`;
  return `import '${specifier}' starts with ${alias}, an alias this project does not define: import the file by its path relative to this one (add it to the project if it is not there), or ${defineAliasFix(alias)}`;
}
