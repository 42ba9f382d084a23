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
