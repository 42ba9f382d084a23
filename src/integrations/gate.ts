import type { HookParameters } from 'astro';

/**
 * astro:build:done, first: the built-HTML layer of the accessibility gate. Throws (failing the
 * build) after printing the report when any error is found, so nothing later in the build runs.
 * Filled in by the accessibility gate work (see README "Accessibility gate").
 */
export async function runBuildGate(_params: HookParameters<'astro:build:done'>): Promise<void> {}
