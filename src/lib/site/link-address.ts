/**
 * A link's address written as it is said or shown elsewhere, which a page takes for a path on
 * its own site: a web or email address without its scheme (`www.fia.com`, `me@example.org`),
 * or a social handle (`@sam_f1`). Shared by the gate's `link-target` and the site config's
 * links (src/schemas/site.ts), so that both say the same.
 */

/**
 * An address that is a path relative to the file that writes it (`./chart.png`, `posts/`), not
 * one with a scheme (`https:`, `mailto:`), a path from the site's root, a fragment or a query.
 */
export function isRelativePath(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url.trim());
}

/** An email address: no slash, one `@`, a dot in the domain. */
const EMAIL = /^[^\s@/:?#]+@[^\s@/:?#]+\.\p{L}{2,}$/u;
/**
 * Another site's address: `www.` then a name, or a name ending in a top-level domain that is
 * not also a file's extension (`.md` is Moldova's, `.py` Paraguay's: `notes.md` is a file).
 */
const DOMAIN =
  /^(?:www\.[\p{L}\d-]+\.[\p{L}\d.-]+|(?:[\p{L}\d-]+\.)+(?:com|org|net|edu|gov|int|mil|info|io|dev|app|blog|news|eu|uk|ca|au|nz|de|fr|es|it|nl|ie|jp))(?::\d+)?(?:[/?#]|$)/iu;

/**
 * A link written as a web or email address without its scheme (`[the FIA](www.fia.com)`,
 * `[write to me](me@example.org)`): Markdown and HTML take it for a path on this site.
 */
export function withoutScheme(href: string): { what: string; scheme: string } | undefined {
  if (EMAIL.test(href)) return { what: 'an email address', scheme: 'mailto:' };
  if (DOMAIN.test(href)) return { what: "another site's address", scheme: 'https://' };
  return undefined;
}

/**
 * A social handle written as a link's address (`[my Insta](@sam_f1)`), which the page takes for
 * a path on this site: the profile's address where the handle says its site (Mastodon's
 * `@sam@mastodon.social`, Bluesky's `@sam.bsky.social`), else the forms it takes.
 */
export function handleAddress(href: string): { what: string; address: string } | undefined {
  const mastodon = /^@([\w.]+)@((?:[\w-]+\.)+[a-z]{2,})$/i.exec(href);
  if (mastodon)
    return { what: 'a Mastodon handle', address: `https://${mastodon[2]}/@${mastodon[1]}` };
  const bluesky = /^@((?:[\w-]+\.)+[a-z]{2,})$/i.exec(href);
  if (bluesky)
    return { what: 'a Bluesky handle', address: `https://bsky.app/profile/${bluesky[1]}` };
  const name = /^@(\w[\w.]*)$/.exec(href)?.[1];
  return name
    ? {
        what: 'a handle',
        address: `as its site gives it (https://x.com/${name}, https://www.instagram.com/${name}/, https://www.tiktok.com/@${name})`,
      }
    : undefined;
}
