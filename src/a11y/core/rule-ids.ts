/**
 * The id of every gate rule, in report order (src/a11y/rules/index.ts lists the rules
 * themselves). Here too, without the rules, so the site config can refuse a misspelt id in
 * `a11y.rules` (src/schemas/site.ts) without loading the parsers: a level given to no rule does
 * nothing, and the rule the author meant keeps its own. A unit test checks that the two lists
 * are the same.
 */
export const RULE_IDS = [
  'parse-error',
  'content-schema',
  'unknown-field',
  'content-reference',
  'duplicate-url',
  'duplicate-title',
  'entry-address',
  'unknown-component',
  'undefined-name',
  'component-return',
  'image-alt',
  'svg-name',
  'object-alt',
  'frame-title',
  'link-name',
  'link-purpose',
  'hidden-focus',
  'nested-interactive',
  'button-name',
  'summary-name',
  'field-name',
  'aria-attribute',
  'heading-order',
  'heading-name',
  'heading-syntax',
  'bold-heading',
  'text-contrast',
  'page-lang',
  'page-title',
  'lang-tag',
  'text-lang',
  'page-zoom',
  'page-refresh',
  'media-transcript',
  'media-autoplay',
  'image-motion',
  'moving-text',
  'link-target',
  'wrapped-link',
  'entry-script',
  'asset-target',
  'inline-image',
  'alt-quality',
  'inclusive-language',
  'hashtags',
  'tag-spelling',
  'frontmatter-date',
  'unlikely-date',
  'frontmatter-markup',
  'component-props',
  'todo',
  'template-syntax',
  'link-syntax',
  'table-syntax',
  'table-header',
  'html-syntax',
  'list-syntax',
  'emphasis-syntax',
  'reflection-model',
] as const;

/**
 * Rules whose problem stops the build whatever level the gate gives it: Astro cannot parse the
 * file (`parse-error`), its schema or Commonplace's loader refuses the entry (`content-schema`,
 * `content-reference`, `duplicate-url`), or the page throws as it renders (`unknown-component`,
 * `undefined-name`, `component-return`). The site config refuses to lower them: at `warning`
 * or `off`, `npm run check` would pass a file that `npm run build` then fails on, with Astro's
 * stack trace instead of the gate's line.
 */
export const ALWAYS_ERRORS: readonly RuleId[] = [
  'parse-error',
  'content-schema',
  'content-reference',
  'duplicate-url',
  'unknown-component',
  'undefined-name',
  'component-return',
];

export type RuleId = (typeof RULE_IDS)[number];
