import { normalizeBase } from './urls.ts';
import { percentDecoded } from '../util/percent-decoded.ts';

/**
 * Addresses that name a file on the writer's own computer, as an editor or a file manager pastes
 * them: a Windows path (`C:\Users\sam\Pictures\pit.png`, which a page renders `C:%5CUsers…`, a
 * scheme no browser has), a network share (`\\server\photos\pit.png`), a `file:` address, or a
 * macOS, Linux or WSL home or drive folder (`/Users/sam/Desktop/pit.png`); and addresses of a
 * server on it, copied from the browser while `npm run dev` ran (`http://localhost:4321/posts/
 * week-2/`, an image's `http://localhost:4321/_image?href=…`). A reader's browser opens none of
 * them: the page shows a broken image or a link that goes nowhere, and the build passes. The fix
 * starts with the file, copied into the site, or is the address on the site itself.
 */

/** Never a site's address: a drive, a share, `file:`. */
const ON_COMPUTER = /^(?:[a-z]:[\\/]|\\\\[^\\/]|file:)/i;
/** A home or drive folder: a site's address only if the site has it (the caller asks). */
const HOME = /^\/(?:(?:Users|home)\/[^/]+\/|Volumes\/|mnt\/[a-z]\/)/;

/**
 * Hosts of a development server: the writer's own computer, and the cloud workspaces a course
 * hands students, whose forwarded ports answer only their owner while the workspace runs
 * (GitHub Codespaces, Gitpod, StackBlitz's WebContainers).
 */
const LOCAL_HOST =
  /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$|\.localhost$|\.app\.github\.dev$|\.githubpreview\.dev$|\.ws-[a-z\d-]+\.gitpod\.io$|\.webcontainer(?:-api)?\.io$/i;

/** The address as a URL on a server of the writer's own computer, or undefined. */
function localServer(url: string): URL | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    return LOCAL_HOST.test(parsed.hostname) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The address on the site that an address of a server on the writer's computer stands for: its
 * path, query and fragment, without the site's `base` (`http://localhost:4321/my-blog/posts/a/` on
 * a site at `/my-blog/` is `/posts/a/`). Undefined for any other address, and for an image
 * Astro's dev server made (`/_image?href=…`): that is a file, `computerPath`'s.
 */
export function localServerPath(url: string, base = '/'): string | undefined {
  const local = localServer(url.trim());
  if (!local || local.pathname === '/_image') return undefined;
  const prefix = normalizeBase(base);
  const path =
    prefix !== '/' && local.pathname.startsWith(prefix)
      ? local.pathname.slice(prefix.length - 1)
      : local.pathname;
  return `${path}${local.search}${local.hash}`;
}

/** What is wrong with an address of a server on the writer's computer, then `fix`. */
export function localServerMessage(what: string, fix: string): string {
  return `${what} is the address of your development server (npm run dev, on your computer or in a Codespace), which no reader's browser can open: ${fix}`;
}

export interface ComputerPath {
  /** The file's own name, to copy it by: `pit.png`. */
  name: string;
  /** A home or drive folder's path, which a site could also have: said only when it has not. */
  home: boolean;
}

/** The file on the writer's computer an address names, or undefined for any other address. */
export function computerPath(url: string): ComputerPath | undefined {
  // Astro's dev server serves an image at `/_image?href=<where the file is>`.
  const image = localServer(url.trim());
  if (image?.pathname === '/_image') {
    const name = (image.searchParams.get('href') ?? '').split(/[?#]/)[0]!.split('/').at(-1);
    return name ? { name, home: false } : undefined;
  }
  const value = percentDecoded(url.trim());
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
