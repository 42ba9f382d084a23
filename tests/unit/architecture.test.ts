import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * README "Architecture" names every file under `src/` and `scripts/` with its job, and names
 * nothing that is not there. The rule is general: any backticked token in that section that
 * starts with `src/` or `scripts/` is a path; a plain path must exist (a trailing `/` means a
 * folder), and a pattern (`*` for any characters within a name, `<name>` for one name) must match
 * at least one file. Every file on disk must be named by its whole path: a pattern documents a
 * convention but covers nothing, so a new file always comes with its own line.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

const START = '<!-- section:architecture -->';
const END = '<!-- /section:architecture -->';

function architectureSection(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  if (start === -1 || end === -1) throw new Error(`README has no ${START} … ${END} section`);
  return text.slice(start, end);
}

/** Every `src/…` or `scripts/…` code span of a Markdown text. */
function namedPaths(section: string): string[] {
  return [...section.matchAll(/`((?:src|scripts)\/[^`\s]*)`/g)].map((m) => m[1]!);
}

/** Files under the given folders, relative to `base`, with forward slashes; dot-entries (the
 * benchmark's gitignored `.work/`, editor files) are not the project's. */
function listFiles(base: string, folders: string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(base, rel)).sort()) {
      if (name.startsWith('.')) continue;
      const path = `${rel}/${name}`;
      if (statSync(join(base, path)).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  for (const folder of folders) if (existsSync(join(base, folder))) walk(folder);
  return out;
}

const isPattern = (token: string) => /[*<>]/.test(token);

function patternRegExp(token: string): RegExp {
  const source = token
    .split(/(\*|<[^>]*>)/)
    .map((part) =>
      part === '*'
        ? '[^/]*'
        : part.startsWith('<')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * What is wrong between a section and the files on disk: paths named that do not exist (or
 * patterns that match nothing), and files no line names.
 */
function architectureProblems(
  section: string,
  files: string[],
): { unknown: string[]; unnamed: string[] } {
  const tokens = namedPaths(section);
  const dirs = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${parts.slice(0, i).join('/')}/`);
  }
  const unknown = tokens.filter((token) => {
    if (isPattern(token)) {
      const re = patternRegExp(token);
      return !files.some((f) => re.test(f)) && ![...dirs].some((d) => re.test(d));
    }
    return token.endsWith('/')
      ? !dirs.has(token)
      : !files.includes(token) && !dirs.has(`${token}/`);
  });
  const named = new Set(tokens.filter((t) => !isPattern(t)));
  const unnamed = files.filter((file) => !named.has(file));
  return { unknown: [...new Set(unknown)], unnamed };
}

describe('README "Architecture"', () => {
  it('names every file under src/ and scripts/, and only files that exist', () => {
    const problems = architectureProblems(
      architectureSection(readme),
      listFiles(root, ['src', 'scripts']),
    );
    expect(problems.unnamed, 'files the Architecture section does not name').toEqual([]);
    expect(problems.unknown, 'paths the Architecture section names that do not exist').toEqual([]);
  });

  it('catches a file left out, a path that does not exist and a pattern that matches nothing', () => {
    const files = [
      'src/lib/a.ts',
      'src/lib/b.ts',
      'src/a11y/rules/image-alt.ts',
      'scripts/new.mjs',
    ];
    const section = [
      '- `src/lib/a.ts`: one',
      '- `src/lib/gone.ts`: renamed away',
      '- `src/a11y/rules/<rule-id>.ts`, one rule per file',
      '- `src/a11y/rules/image-alt.ts`: images',
      '- `src/styles/*.css`: nothing matches',
      '- `scripts/`: commands; `scripts/new.mjs`: npm run new',
      '- `src/lib/`: helpers; `src/pages/`: no such folder',
    ].join('\n');
    expect(architectureProblems(section, files)).toEqual({
      unknown: ['src/lib/gone.ts', 'src/styles/*.css', 'src/pages/'],
      unnamed: ['src/lib/b.ts'],
    });
  });

  it('does not count a pattern as naming the files it matches', () => {
    const files = ['src/a11y/rules/image-alt.ts'];
    expect(architectureProblems('`src/a11y/rules/<rule-id>.ts`', files).unnamed).toEqual(files);
  });
});

/**
 * `npm test` runs the type check beside the build tests (scripts/test.mjs), which write into
 * some fixtures as they run, each such path listed in .gitignore. The type check must not read
 * them: a copy of src/ half written, or gone between listing and reading, would fail it in one
 * run and not the next. Content a test writes is Markdown, which it never reads.
 */
function typeCheckedWrites(gitignore: string, tsconfigExclude: string[]): string[] {
  const excluded = tsconfigExclude.map((path) => path.replace(/\/$/, ''));
  return gitignore
    .split('\n')
    .map((line) => line.trim().replace(/\/$/, ''))
    .filter((path) => path.startsWith('tests/fixtures/') && !/\/content\//.test(path))
    .filter((path) => !excluded.some((dir) => path === dir || path.startsWith(`${dir}/`)));
}

describe('what the build tests write, beside the type check', () => {
  it('is left out of the type check', () => {
    const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
    expect(
      typeCheckedWrites(readFileSync(join(root, '.gitignore'), 'utf8'), tsconfig.exclude),
    ).toEqual([]);
  });

  it('catches a copy of src/ the type check would read', () => {
    const gitignore =
      '# Copied by a test\ntests/fixtures/x/src/\ntests/fixtures/x/content/posts/a.md\n';
    expect(typeCheckedWrites(gitignore, ['tests/fixtures/y'])).toEqual(['tests/fixtures/x/src']);
    expect(typeCheckedWrites(gitignore, ['tests/fixtures/x'])).toEqual([]);
  });
});
