/**
 * Addresses that name a file on the writer's own computer, as an editor or a file manager pastes
 * them: a Windows path (`C:\Users\sam\Pictures\pit.png`, which a page renders `C:%5CUsers…`, a
 * scheme no browser has), a network share (`\\server\photos\pit.png`), a `file:` address, or a
 * macOS, Linux or WSL home or drive folder (`/Users/sam/Desktop/pit.png`). A reader's browser
 * opens none of them: the page shows a broken image or a link that goes nowhere, and the build
 * passes. The fix starts with the file, copied into the site.
 */

/** Never a site's address: a drive, a share, `file:`. */
const ON_COMPUTER = /^(?:[a-z]:[\\/]|\\\\[^\\/]|file:)/i;
/** A home or drive folder: a site's address only if the site has it (the caller asks). */
const HOME = /^\/(?:(?:Users|home)\/[^/]+\/|Volumes\/|mnt\/[a-z]\/)/;

export interface ComputerPath {
  /** The file's own name, to copy it by: `pit.png`. */
  name: string;
  /** A home or drive folder's path, which a site could also have: said only when it has not. */
  home: boolean;
}

function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** The file on the writer's computer an address names, or undefined for any other address. */
export function computerPath(url: string): ComputerPath | undefined {
  const value = decoded(url.trim());
  const home = HOME.test(value);
  if (!home && !ON_COMPUTER.test(value)) return undefined;
  const name = value
    .replace(/[?#].*$/, '')
    .split(/[\\/]/)
    .filter(Boolean)
    .at(-1);
  return name ? { name, home } : undefined;
}

/** What is wrong with such an address, then `fix`: where to put the file and what to write. */
export function computerPathMessage(what: string, fix: string): string {
  return `${what} is the address of a file on your computer, which no reader's browser can open: ${fix}`;
}

/** A path as Markdown reads it: in angle brackets when it has a space. */
export function markdownPath(path: string): string {
  return /\s/.test(path) ? `<${path}>` : path;
}
