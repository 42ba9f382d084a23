/**
 * Files on disk for the code that reads whole folders: the built-pages gate (src/a11y/html/check.ts)
 * and the feeds (src/integrations/feeds.ts) walk `dist/` with these.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { characterName, ODD_SPACE } from './odd-characters.ts';

/**
 * Every file under a folder, as paths relative to it with forward slashes, sorted.
 *
 * Synchronous on purpose: `dist/` holds a folder per page, and the promise version of a
 * recursive readdir makes one round trip through libuv's thread pool per folder. At the end of a
 * 4,000-post build, while Pagefind and the gate's worker kept both cores busy, that walk took
 * 0.3 to 2.5 s; under the same load this one takes under half a second, most of it the kernel's.
 */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Whether a file of an output folder is a built page: an `.html` file. */
export const isPage = (file: string): boolean => /\.html?$/i.test(file);

/**
 * Every file under a folder whose name matches `pattern`, as absolute paths in a stable order;
 * none when the folder does not exist (a site without `content/courses/`). Synchronous: the
 * content checks read the folders before Astro loads content.
 */
export function filesMatching(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * filesMatching without hidden files and the files of hidden folders (`.draft.md`,
 * `.obsidian/notes.md`), as Astro's glob loader lists a collection's files (tinyglobby, whose
 * `dot` is off): the entries a build loads.
 */
export function visibleFilesMatching(dir: string, pattern: RegExp): string[] {
  return filesMatching(dir, pattern).filter(
    (file) =>
      !relative(dir, file)
        .split(sep)
        .some((part) => part.startsWith('.')),
  );
}

/**
 * Spaces that look like a space and are not one (odd-characters.ts): the narrow no-break space
 * macOS writes before AM or PM in a screenshot's name (`Screenshot 2026-03-02 at 10.15.32 AM.png`),
 * the no-break space a word processor pastes.
 */
const LOOKALIKE_SPACES = new RegExp(`[${ODD_SPACE}]`, 'g');

/** A name as a reader sees it: in any case, its letters composed, its spaces plain. */
const comparable = (name: string) =>
  name.normalize('NFC').replace(LOOKALIKE_SPACES, ' ').toLowerCase();

/**
 * The path a relative path means when it differs from the files' names only in case, in a
 * space that only looks like one, or in how an accented letter is written
 * (`./cover.jpg` for `./Cover.JPG`, `./Week-3/a.png` for `./week-3/a.png`), written with the
 * author's `./` and `../`; undefined when a part is found as written all the way, when a part
 * matches no name or two, or when the path goes nowhere. The build runs where names are
 * case-sensitive (Linux: every CI runner and static host), so such a path names no file there.
 */
export function otherCaseOf(written: string, fromDir: string): string | undefined {
  let path = written;
  try {
    path = decodeURI(written);
  } catch {
    // as written
  }
  const parts = path.split('/');
  let dir = fromDir;
  let changed = false;
  const fixed: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (part === '' || part === '.' || part === '..') {
      // A trailing slash names a folder, not a file.
      if (part === '' && index === parts.length - 1) return undefined;
      dir = part === '..' ? dirname(dir) : dir;
      fixed.push(part);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return undefined;
    }
    if (!names.includes(part)) {
      const same = names.filter((name) => comparable(name) === comparable(part));
      if (same.length !== 1) return undefined;
      changed = true;
      fixed.push(same[0]!);
      dir = join(dir, same[0]!);
      continue;
    }
    fixed.push(part);
    dir = join(dir, part);
  }
  return changed ? fixed.join('/') : undefined;
}

/** What to write instead of a path that names a file in another case (otherCaseOf), or nothing. */
export function caseFix(
  written: string | undefined,
  fromFile: string | undefined,
): string | undefined {
  const fixed = written && fromFile ? otherCaseOf(written, dirname(fromFile)) : undefined;
  if (!fixed) return undefined;
  // A name with a space that only looks like one cannot be typed: the file is renamed.
  const space = fixed.match(LOOKALIKE_SPACES)?.[0];
  if (space) {
    // JavaScript's \s takes in every Unicode space.
    const renamed = fixed.replace(/\s+/g, '-');
    const what = `${characterName(space, 'space that is not one')}${space === '\u202f' ? ', as macOS writes before AM or PM in a screenshot’s name' : ''}`;
    return `the file's name has ${what}, where the path has a plain space: rename the file to ${renamed.split('/').pop()} and write ${renamed}`;
  }
  if (
    fixed.normalize('NFC') === (written ?? '').normalize('NFC') ||
    fixed !== fixed.normalize('NFC')
  )
    return `rename the file to ${fixed.normalize('NFC').split('/').pop()}: its name writes an accented letter as the letter and its accent apart (as macOS may name a file), where the path has one letter, and the build tells the two apart`;
  return `write ${fixed}, the file's name as it is (names are case-sensitive where the site is built)`;
}
