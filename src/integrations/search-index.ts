import type { HookParameters } from 'astro';

/**
 * astro:build:done, after the gate: writes the Pagefind index into the build output.
 * Filled in by the search work (see README "Search and feeds").
 */
export async function buildSearchIndex(_params: HookParameters<'astro:build:done'>): Promise<void> {}
