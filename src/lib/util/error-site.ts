import { readFileSync } from 'node:fs';
import module from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';

/**
 * Where in a file of the author's an error Node threw while loading a module points: a syntax
 * error's stack opens with the file and line above a caret under the place, and an error while
 * the module runs has the file, line and column in its frames. The first such place, or the
 * first in `file` when given; undefined where the stack names none (the message alone then).
 * A JavaScript module's syntax error names no place in its stack (Node prints it only when the
 * error goes uncaught): `file` is then parsed, as Node would, for where it stops. An import of a
 * file that is not there names the importing file in its message: the place is that import.
 */
export function errorSite(
  error: unknown,
  file?: string,
): { file: string; line: number; column: number } | undefined {
  const stack = String((error as Error)?.stack ?? '');
  const pathOf = (written: string) =>
    written.startsWith('file:') ? fileURLToPath(written) : written;
  const missing = /Cannot find (?:module|package) '([^']+)' imported from (\S+)/.exec(
    String((error as Error)?.message ?? ''),
  );
  if (missing && (!file || pathOf(missing[2]!) === file))
    return { file: pathOf(missing[2]!), ...importLine(pathOf(missing[2]!), missing[1]!) };
  const head = /^((?:file:\/\/)?\S+?):(\d+)\n(?:.*\n)*?( *)\^/.exec(stack);
  if (head && (!file || pathOf(head[1]!) === file))
    return { file: pathOf(head[1]!), line: Number(head[2]), column: head[3]!.length + 1 };
  for (const frame of stack.matchAll(/\(?(file:\/\/\S+?):(\d+):(\d+)\)?$/gm)) {
    const at = pathOf(frame[1]!);
    if (!file || at === file) return { file: at, line: Number(frame[2]), column: Number(frame[3]) };
  }
  const syntax = error instanceof SyntaxError && file ? syntaxErrorAt(file) : undefined;
  return syntax && { file: file!, ...syntax };
}

/** Where a module's JavaScript (TypeScript's, types stripped) stops parsing, if it does. */
function syntaxErrorAt(file: string): { line: number; column: number } | undefined {
  try {
    let text = readFileSync(file, 'utf8');
    // Types become spaces: every place stays where it was written.
    if (/\.[mc]?ts$/.test(file)) text = module.stripTypeScriptTypes(text);
    parse(text, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    if (loc) return { line: loc.line, column: loc.column + 1 };
  }
  return undefined;
}

/** The line and column of the import in `file` that names `missing` (a path Node resolved). */
function importLine(file: string, missing: string): { line: number; column: number } {
  const name = basename(missing).replace(/\.[^.]*$/, '');
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Named at its first line.
  }
  const lines = text.split('\n');
  const index = lines.findIndex((line) => /\bimport\b|\bfrom\b/.test(line) && line.includes(name));
  return index < 0
    ? { line: 1, column: 1 }
    : { line: index + 1, column: lines[index]!.search(/\S/) + 1 };
}
