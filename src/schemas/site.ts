import { z } from 'astro/zod';
import { issueOnceSet, issueWords, valueAt } from '../lib/util/zod-words.ts';
import { userError } from '../lib/util/user-error.ts';
import { langSchema } from './lang.ts';
import { timeZoneProblem } from '../lib/content/publish.ts';
import { MODEL_ID, reflectionModelSchema } from './reflection-model.ts';
import { ALWAYS_ERRORS, RULE_IDS } from '../a11y/core/rule-ids.ts';
import { closestName } from '../lib/util/closest-name.ts';
import { shapeAt, unknownFields } from '../lib/content/unknown-fields.ts';
import { handleAddress, isRelativePath, withoutScheme } from '../lib/site/link-address.ts';
import { CATALOG } from '../lib/site/words/catalog.ts';
import { placeholders, wordsFor, type WrittenWords } from '../lib/site/words/translate.ts';

/** A link in the header navigation or the footer's social list. */
const linkSchema = z.object({
  /** Visible text of the link: a link with none has no name (the gate's `link-name`). */
  label: z.string().regex(/\S/, 'expected text a reader sees and hears, such as "Mastodon"'),
  /** A site path (`/posts/`; the base is added) or an absolute URL. */
  href: z
    .string()
    .min(1)
    .superRefine((href, ctx) => {
      const problem = linkAddressProblem(href.trim());
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /**
   * BCP 47 tag of the label's language, where it is not the site's `lang`. Default: the site's
   * (the default navigation's: the interface's words).
   */
  lang: langSchema.optional(),
});

/**
 * What is wrong with a link's address that is neither a path of the site nor a full address
 * (`www.fia.com`, `@sam@mastodon.social`): every page would link to a page of its own that the
 * build does not have, and the built pages' gate would say so once per page.
 */
function linkAddressProblem(href: string): string | undefined {
  if (!isRelativePath(href)) return undefined;
  const written = `"${href}"`;
  const elsewhere = withoutScheme(href);
  if (elsewhere)
    return `${written} is ${elsewhere.what} without ${elsewhere.scheme}, so every page would link to a page of its own: write '${elsewhere.scheme}${href}'`;
  const handle = handleAddress(href);
  if (handle)
    return `${written} is ${handle.what}, not an address, so every page would link to a page of its own: write the profile's address, ${handle.address.startsWith('https:') ? `'${handle.address}'` : handle.address}`;
  return `${written} is neither a path of the site (/posts/) nor a full address (https://…), so every page would link to a page of its own: write one of them`;
}

/** A phrase's forms by plural category, as `ui` writes them: `other` and any of the rest. */
function pluralFormsSchema() {
  const form = z.string().regex(/\S/).optional();
  return z.strictObject({
    zero: form,
    one: form,
    two: form,
    few: form,
    many: form,
    other: z.string().regex(/\S/),
  });
}

/**
 * A `ui` phrase the interface does not show would change nothing, and words that drop or rename
 * a phrase's `{placeholder}` would show without the number or name it stands for.
 */
function uiProblems(written: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const phrases = Object.keys(CATALOG);
  for (const [phrase, words] of Object.entries(written)) {
    const entry = (CATALOG as Record<string, unknown>)[phrase];
    if (entry === undefined) {
      const meant = closestName(phrase, phrases);
      ctx.addIssue({
        code: 'custom',
        path: [phrase],
        message: meant
          ? `the interface shows no such phrase (did you mean '${meant}'?)`
          : 'the interface shows no such phrase: write the English phrase as README "The interface\'s words" lists it',
      });
      continue;
    }
    const forms = typeof words === 'string' ? { other: words } : (words as Record<string, string>);
    if ((typeof entry === 'string') !== (typeof words === 'string')) {
      ctx.addIssue({
        code: 'custom',
        path: [phrase],
        message:
          typeof entry === 'string'
            ? 'takes one text, not forms by number'
            : `depends on a number: write its forms, { one: '…', other: '…' }`,
      });
      continue;
    }
    const wanted = placeholders(phrase).join(', ');
    for (const [form, text] of Object.entries(forms)) {
      if (text === undefined || placeholders(text).join(', ') === wanted) continue;
      ctx.addIssue({
        code: 'custom',
        path: typeof words === 'string' ? [phrase] : [phrase, form],
        message: wanted
          ? `must keep the phrase's placeholders as written, {${wanted.split(', ').join('}, {')}}, which the page fills in`
          : 'must not hold a {placeholder}: this phrase has none to fill',
      });
    }
  }
}

const FEED_ITEMS = "expected a whole number above 0, or 'all'";
const severitySchema = z.enum(['error', 'warning', 'off']);

export const siteConfigSchema = z.object({
  /** Site name, shown in the header and in every `<title>`. Required. */
  title: z.string().min(1),
  /** One-sentence summary, used as the default meta description. Required. */
  description: z.string().min(1),
  /**
   * The address the site is served from: its origin, e.g. `https://user.github.io`. Required.
   * Where under that origin the site lives is Astro's `base` (`astro.config.mjs`, or
   * `COMMONPLACE_BASE_PATH`): a path after the origin must be that base, or the build refuses
   * it (src/lib/site/urls.ts, `siteUrlPathProblem`).
   */
  url: z.url({ protocol: /^https?$/, error: 'expected a web address such as https://example.org' }),
  /**
   * BCP 47 language tag of the site: `<html lang>` of every page, and of entries without `lang`.
   * Default `en`.
   */
  lang: langSchema.default('en'),
  /**
   * The time zone (IANA name, e.g. `Pacific/Auckland`) in which a `pubDate` written as a day
   * begins: an entry dated 2026-12-08 goes live when the 8th begins there. Default `UTC`.
   */
  timeZone: z
    .string()
    .superRefine((zone, ctx) => {
      const problem = timeZoneProblem(zone);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('UTC'),
  /** Who writes here: shown on the home and about pages and in feeds. */
  author: z.object({
    /** Display name. Required. */
    name: z.string().min(1),
    /** One or two sentences about the author. Default empty. */
    bio: z.string().default(''),
    /** Author's home page. Optional. */
    url: z.url().optional(),
  }),
  /**
   * The interface's words (README "The interface's words"): English phrase → the words to show,
   * e.g. `{ 'Skip to content': 'Aller au contenu' }`; a phrase that depends on a number takes its
   * forms, `{ '{count} entries': { one: '{count} billet', other: '{count} billets' } }`.
   * Default: Commonplace's own words in the site's language (English, German, Spanish, French,
   * Portuguese), else English.
   */
  ui: z
    .record(z.string(), z.union([z.string().regex(/\S/), pluralFormsSchema()]))
    .superRefine(uiProblems)
    .default({}),
  /** Header navigation, in order. Default: Reflections, Guides, Courses, Tags, About, in `ui`'s words. */
  nav: z.array(linkSchema).default([
    { label: 'Reflections', href: '/posts/' },
    { label: 'Guides', href: '/guides/' },
    { label: 'Courses', href: '/courses/' },
    { label: 'Tags', href: '/tags/' },
    { label: 'About', href: '/about/' },
  ]),
  /** Profiles listed in the footer. Default none. */
  socials: z.array(linkSchema).default([]),
  /** Entries per page on `/posts/`. Default 10. */
  postsPerPage: z.number().int().positive().default(10),
  /** Open Graph image used when an entry has no cover (path under `public/`). Optional. */
  defaultImage: z
    .object({
      /** Path under `public/`, e.g. `/og.png`. */
      src: z.string(),
      /** Alt text for the image; required because `og:image:alt` is always emitted with it. */
      alt: z.string().min(1),
    })
    .optional(),
  /** The accessibility gate (see README "Accessibility gate"). */
  a11y: z
    .object({
      /**
       * Extra iframe hosts treated as video players, e.g. `media.example.edu` (and its
       * subdomains), or `example.edu/video/` for a player at a path of a host. Default none.
       */
      videoHosts: z.array(z.string()).default([]),
      /** Extra iframe hosts treated as audio players (podcasts), written as `videoHosts`. Default none. */
      audioHosts: z.array(z.string()).default([]),
      /** Extra MDX component names checked like `<img>` (need `alt`). Default none. */
      imageComponents: z.array(z.string()).default([]),
      /** Extra MDX component names checked like `<video>` (need a transcript). Default none. */
      mediaComponents: z.array(z.string()).default([]),
      /**
       * Per-rule severity override, e.g. `{ 'link-target': 'warning' }`. Default: each rule's own.
       * The rules in ALWAYS_ERRORS stay errors: the build stops on their problems anyway.
       */
      rules: z
        .record(z.string(), severitySchema)
        .superRefine((levels, ctx) => {
          // A level for no rule would do nothing, and the rule meant would keep its own.
          for (const [id, level] of Object.entries(levels)) {
            if ((ALWAYS_ERRORS as readonly string[]).includes(id) && level !== 'error')
              ctx.addIssue({
                code: 'custom',
                path: [id],
                message: `cannot be lowered: its problems stop the build at any level (README "Rules"), so npm run check reports them as errors too. Remove this line, then fix what the rule reports`,
              });
            if ((RULE_IDS as readonly string[]).includes(id)) continue;
            const meant = closestName(id, RULE_IDS);
            ctx.addIssue({
              code: 'custom',
              path: [id],
              message: meant
                ? `no rule has this id (did you mean '${meant}'?)`
                : 'no rule has this id (README "Rules" lists them)',
            });
          }
        })
        .default({}),
    })
    .default({
      videoHosts: [],
      audioHosts: [],
      imageComponents: [],
      mediaComponents: [],
      rules: {},
    }),
  /**
   * Reflection models besides the built-in ones (README "Reflection models"): id → the model,
   * or the path of a YAML file holding it, relative to the project root. An id of a built-in
   * model replaces it. Default none.
   */
  reflectionModels: z
    .record(
      z.string().regex(MODEL_ID, 'a model id is lower-case words joined by hyphens, e.g. my-model'),
      z.union([z.string().min(1), reflectionModelSchema]),
    )
    .default({}),
  /** The feeds (see README "Feeds"). */
  feeds: z
    .object({
      /**
       * Entries in each feed, newest first: a number, or `'all'` for every entry. Default 50,
       * a year of weekly reflections or a week of a 50-student course; feed readers keep what
       * they have fetched, and the site itself lists every entry.
       */
      items: z
        .union([z.number().int(FEED_ITEMS).positive(FEED_ITEMS), z.literal('all')], {
          error: FEED_ITEMS,
        })
        .default(50),
    })
    .default({ items: 50 }),
  /** Writing checks (see README "Writing checks"). */
  writing: z
    .object({
      /** Words the inclusive-language rule never flags, site-wide. Default none. */
      allow: z.array(z.string()).default([]),
      /** Also flag profanities (retext-profanities). Default false. */
      profanities: z.boolean().default(false),
    })
    .default({ allow: [], profanities: false }),
});

/** What authors write in `src/site.config.ts`. */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
/** The parsed config, with defaults filled in. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/**
 * A setting written as text where it takes fields (`author: 'Sam Rivera'`): the fields it means,
 * `{ name: 'Sam Rivera' }`, where the text as that one field passes. Undefined otherwise.
 */
function textForFields(
  issue: z.core.$ZodIssue,
  input: unknown,
  value: unknown,
): string | undefined {
  if (issue.code !== 'invalid_type' || issue.expected !== 'object' || typeof value !== 'string')
    return undefined;
  const keys = Object.keys(shapeAt(siteConfigSchema, issue.path) ?? {});
  const parse = (data: unknown) => siteConfigSchema.safeParse(data);
  // In the config's own quotes, where the text holds none of them.
  const quoted = /['\\\n]/.test(value) ? JSON.stringify(value) : `'${value}'`;
  // `name` first: an author's.
  for (const key of [...keys].sort((a, b) => Number(b === 'name') - Number(a === 'name')))
    if (!issueOnceSet(parse, input, issue.path, { [key]: value })) return `{ ${key}: ${quoted} }`;
  return undefined;
}

/** The default navigation in the interface's words; navigation the site writes stays as written. */
function withWords(site: SiteConfig, input: SiteConfigInput): SiteConfig {
  if (input.nav !== undefined) return site;
  const { t, lang } = wordsFor(site.lang, site.ui as WrittenWords);
  const nav = site.nav.map((link) => ({ ...link, label: t(link.label as never), lang }));
  return { ...site, nav };
}

/**
 * Parses the site config, turning a zod failure into one readable error that names the field,
 * because a stack trace through zod internals helps nobody fix `src/site.config.ts`.
 */
export function defineSite(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  // A setting the schema does not know would be dropped without a word (`writting:`); the
  // editor's type check says so, but the build does not run it.
  const unknown = unknownFields(siteConfigSchema, input).map(
    ({ path, suggestion }) =>
      `${path.join('.')} is not a setting${suggestion ? ` (did you mean ${[...path.slice(0, -1), suggestion].join('.')}?)` : ''}`,
  );
  if (result.success && !unknown.length) return withWords(result.data, input);
  const problems = [...(result.success ? [] : result.error.issues)]
    .map((issue) => {
      const field = issue.path.join('.');
      const value = valueAt(input, issue.path);
      const words = field ? issueWords(issue, field, value) : undefined;
      const fields = words && textForFields(issue, input, value);
      if (fields) return `${words.what}: write ${issue.path.at(-1)!.toString()}: ${fields}`;
      return words ? `${words.what}: ${words.fix}` : `${field || '(root)'}: ${issue.message}`;
    })
    .concat(unknown)
    .join('; ');
  throw userError(
    `src/site.config.ts: ${problems}.`,
    'Fix the field named above; README "Configuration" lists every field and its default.',
  );
}
