import { AstroError } from 'astro/errors';

/**
 * An error about the user's content or config, not about our code: Astro prints its message and
 * hint but, with no stack, no trace through Astro's internals that would bury the fix.
 */
export function userError(message: string, hint?: string): Error {
  const error = new AstroError(message, hint);
  error.name = 'CommonplaceError';
  error.stack = '';
  return error;
}
