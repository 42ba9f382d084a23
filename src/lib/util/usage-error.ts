/**
 * A command typed wrongly (`npm run check`, `npm run bench`): the message says what is wrong and
 * what to type instead; the command prints it with its usage and exits 2, without a stack trace.
 */
export class UsageError extends Error {}
