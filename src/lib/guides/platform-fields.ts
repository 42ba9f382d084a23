/**
 * A network entry's account written as a field of its own (`twitter: "@hannah"`,
 * `linkedin: https://…`), as a spreadsheet of contacts or another tool's profile keeps one: the
 * network reads accounts from `platforms` (and Mastodon and Bluesky from fields of their own), so
 * the field is dropped. This says which platform item to write instead.
 */

/** Field names authors give an account, with the platform's name and a handle's address. */
const PLATFORMS: Record<string, { name: string; address: (handle: string) => string }> = {
  twitter: { name: 'X', address: (h) => `https://x.com/${h}` },
  x: { name: 'X', address: (h) => `https://x.com/${h}` },
  instagram: { name: 'Instagram', address: (h) => `https://www.instagram.com/${h}/` },
  tiktok: { name: 'TikTok', address: (h) => `https://www.tiktok.com/@${h}` },
  threads: { name: 'Threads', address: (h) => `https://www.threads.net/@${h}` },
  youtube: { name: 'YouTube', address: (h) => `https://www.youtube.com/@${h}` },
  // A bare LinkedIn name is most often a person's (`/in/`); a company's page is `/company/`.
  linkedin: { name: 'LinkedIn', address: (h) => `https://www.linkedin.com/in/${h}/` },
  facebook: { name: 'Facebook', address: (h) => `https://www.facebook.com/${h}` },
  github: { name: 'GitHub', address: (h) => `https://github.com/${h}` },
  substack: { name: 'Substack', address: (h) => `https://${h}.substack.com/` },
  medium: { name: 'Medium', address: (h) => `https://medium.com/@${h}` },
  twitch: { name: 'Twitch', address: (h) => `https://www.twitch.tv/${h}` },
  reddit: {
    name: 'Reddit',
    // `r/formula1` is a community, `u/name` (or a bare name) a person.
    address: (h) =>
      /^r\//i.test(h)
        ? `https://www.reddit.com/${h}/`
        : `https://www.reddit.com/user/${h.replace(/^u\//i, '')}/`,
  },
};

/** A handle as written (`@hannah`, `hannah`), when it is one and not an address. */
const HANDLE = /^@?((?:[ru]\/)?[\w.-]+)$/i;

/**
 * The platform item to write for an account field, `- { name: X, url: https://x.com/hannah }`;
 * undefined for a field that names no platform. The account's address is the value when it is
 * one (with `https://` added where the value has none), else made from the handle.
 */
export function platformItem(field: string, value: unknown): string | undefined {
  const platform = PLATFORMS[field.toLowerCase()];
  if (!platform) return undefined;
  const written = typeof value === 'string' ? value.trim() : '';
  const handle = HANDLE.exec(written)?.[1];
  const url = /^https?:\/\//i.test(written)
    ? written
    : handle
      ? platform.address(handle)
      : /^[\w-]+(?:\.[\w-]+)+\//.test(written)
        ? `https://${written}`
        : undefined;
  return `- { name: ${platform.name}, url: ${url ?? 'the address of the account'} }`;
}

/**
 * A platform item written as the platform's name and its address (`- LinkedIn: https://…`, as a
 * list of links is written anywhere else), which YAML reads as a field named `LinkedIn`: the item
 * to write, `- { name: LinkedIn, url: https://… }`. Undefined for an item written as fields.
 */
export function platformWrittenAsField(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const entries = Object.entries(item);
  if (entries.length !== 1) return undefined;
  const [name, value] = entries[0]!;
  // A field's own name, in any case (`URL: https://…`), is that field written wrong.
  const field = name.trim().toLowerCase();
  if (field === 'name' || field === 'url' || typeof value !== 'string') return undefined;
  const known = platformItem(name, value);
  if (known) return known;
  const address = value.trim();
  if (!/^https?:\/\//i.test(address) && !/^[\w-]+(?:\.[\w-]+)+(?:\/|$)/.test(address))
    return undefined;
  const url = /^https?:\/\//i.test(address) ? address : `https://${address}`;
  return `- { name: ${name}, url: ${url} }`;
}
