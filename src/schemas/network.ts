import { z } from 'astro/zod';

export const networkKinds = [
  'person',
  'organization',
  'community',
  'event',
  'publication',
  'platform',
] as const;
export const networkStatuses = ['to-research', 'following', 'engaged', 'collaborating'] as const;

/** A Mastodon (fediverse) handle, `@user@server`: the user and the server's host name. */
export const MASTODON_HANDLE =
  /^@?([a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?)@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})$/i;
/** A Bluesky handle, a domain name (`name.bsky.social`, `example.org`), or a DID. */
export const BLUESKY_HANDLE =
  /^(?:@?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z](?:[a-z0-9-]*[a-z0-9])?|did:(?:plc|web):[a-z0-9._:%-]+)$/i;

/** An address a reader's browser or feed reader can open: http or https only. */
const httpUrl = z.url({ protocol: /^https?$/, error: 'is not an http(s) address' });

/** One voice in a personal learning network. */
export const networkEntrySchema = z.object({
  /** Who or what; for people, describe a role rather than naming a private person. Required. */
  name: z.string().min(1),
  /** What kind of node it is. Required. */
  kind: z.enum(networkKinds),
  /** Which of the guide's perspectives it brings. At least one. */
  perspectives: z.array(z.string().min(1)).min(1),
  /** Where to find it. Default []. */
  platforms: z.array(z.object({ name: z.string().min(1), url: z.url() })).default([]),
  /** Its own website (http or https). Optional. */
  website: httpUrl.optional(),
  /** Its RSS, Atom or JSON Feed address (http or https), for the guide's `network.opml`. Optional. */
  feed: httpUrl.optional(),
  /** Mastodon handle, `@user@server`. Optional. */
  mastodon: z.string().regex(MASTODON_HANDLE, 'is not a Mastodon handle').optional(),
  /** Bluesky handle, e.g. `name.bsky.social` (a leading @ is fine). Optional. */
  bluesky: z.string().regex(BLUESKY_HANDLE, 'is not a Bluesky handle').optional(),
  /** How far the relationship has got. Required. */
  status: z.enum(networkStatuses),
  /** Free notes. Optional. */
  notes: z.string().optional(),
});

/** `content/networks/<id>.yaml`: a title and the list of entries. */
export const networkSchema = z.object({
  /** What this network is for. Required. */
  title: z.string().min(1),
  /** The people, organizations, communities and more. At least one. */
  entries: z.array(networkEntrySchema).min(1),
});

export type NetworkEntry = z.output<typeof networkEntrySchema>;
export type Network = z.output<typeof networkSchema>;
