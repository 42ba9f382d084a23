import { DOCS_URL } from '../rule.ts';

/** Where the writing checks are documented (README "Writing checks"); editors link here. */
export const WRITING_DOCS_URL = new URL('#writing-checks', DOCS_URL).href;
