declare namespace App {
  interface Locals {
    /** Absolute path of the MDX entry being rendered, so media components resolve transcripts. */
    entryFile?: string;
    /** The language of the entry being rendered, where it sets one: its components' words say so. */
    entryLang?: string;
  }
}

interface ImportMetaEnv {
  /** Absolute path of the Astro project root, set by the Commonplace integration. */
  readonly COMMONPLACE_ROOT: string;
  /** Absolute path of `src/pages/` (Astro's `srcDir`), where media components find a page's file. */
  readonly COMMONPLACE_PAGES?: string;
  /** The site's reflection models as JSON, read once by the Commonplace integration. */
  readonly COMMONPLACE_REFLECTION_MODELS?: string;
}
