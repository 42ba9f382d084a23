/**
 * Where the README, the one manual, can be read: messages and editors link to its sections. The
 * address comes from `repository` in the project's package.json (`github:you/notes`,
 * `https://gitlab.com/you/notes.git`, `{ "url": …, "directory": "site" }`: any form npm accepts
 * for GitHub, GitLab, Bitbucket or sourcehut), so a fork links to its own README. Without one,
 * or on another host, it is the README on disk, as a `file:` URL: a link a terminal or an
 * editor opens, which a guessed web address would not be.
 */
import { readFileSync } from 'node:fs';
import hostedGitInfo from 'hosted-git-info';

/** The README's address for a package.json's contents, in the project folder `root`. */
export function readmeAddress(pkg: unknown, root: URL): string {
  const repository = (pkg as { repository?: unknown } | undefined)?.repository;
  const fields =
    typeof repository === 'string'
      ? { url: repository }
      : ((repository ?? {}) as { url?: unknown; directory?: unknown });
  const hosted = typeof fields.url === 'string' ? hostedGitInfo.fromUrl(fields.url) : undefined;
  const directory =
    typeof fields.directory === 'string' ? fields.directory.replace(/^\/+|\/+$/g, '') : '';
  const file = directory ? `${directory}/README.md` : 'README.md';
  return hosted?.browse(file) ?? new URL(file, root).href;
}

const root = new URL('../../..', import.meta.url);

function readPackage(): unknown {
  try {
    return JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  } catch {
    return undefined;
  }
}

/** This project's README. */
export const README_URL = readmeAddress(readPackage(), root);

/** A section of the README: `readmeUrl('image-alt')`. */
export const readmeUrl = (anchor: string): string => `${README_URL}#${anchor}`;
