import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, parseDocument, type Document, type Node } from 'yaml';
import { lastFew } from '../util/last-few.ts';

/** Results kept per reader: enough for one file's readers, little memory. */
const KEEP = 8;

/**
 * A frontmatter block's YAML as a `yaml` document, for its lines and ranges, parsed once for
 * everything that needs them while one file is checked: the gate's model when a rule places a
 * problem at a key (src/a11y/source/model.ts), the dates when one is not fine
 * (src/lib/content/frontmatter-dates.ts) and the writing checks when a frontmatter value may hold
 * a flagged word (src/a11y/writing/prose.ts). Data alone comes from the quicker js-yaml reads
 * below. Keyed by the exact YAML text, so
 * every reader gets what its own parse would have given; the few most recent are kept (they are
 * the file being checked), not the whole site.
 *
 * Readers must not change the document (they read it with `get`, `toJS` and its nodes).
 * `prettyErrors: false` keeps error messages to their first line, which is what the gate shows;
 * the number of errors, the data and every range are the same either way.
 */
export const frontmatterDocument: (yaml: string) => Document.Parsed = lastFew(
  (yaml) => parseDocument(yaml, { prettyErrors: false }),
  KEEP,
);

/**
 * Where the key at the end of `path` is written in a `yaml` document (its offset in the YAML
 * text), or undefined when it is not written there: a missing key, or one that came in through
 * a merge (`<<: *base`).
 */
export function keyStart(doc: Document, path: readonly PropertyKey[]): number | undefined {
  const holder = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(holder)) return undefined;
  const pair = holder.items.find(
    (item) => (item.key as { value?: unknown } | null)?.value === path.at(-1),
  );
  return (pair?.key as Node | undefined)?.range?.[0];
}

/**
 * YAML as Astro reads it: js-yaml's `load`, as in @astrojs/internal-helpers' `parseFrontmatter`
 * for an entry's frontmatter and in Astro's data entry type for a course or network file, which
 * gives the build's loaders, ids and schemas their data. It differs from
 * the `yaml` document above where YAML readers differ: an unquoted `2026-03-02` is a date in any
 * field, and merge keys (`<<: *defaults`) merge. Whatever predicts what a build does (the site's
 * index, the `content-schema` rule for entries, courses and networks) reads this. Undefined when it is not valid YAML or not a set
 * of fields (the `parse-error` rule says where it breaks). About five times faster than
 * `frontmatterDocument`, which the rules need for lines and ranges. Readers share the data, and
 * must not change it.
 */
export function astroYaml(yaml: string): Record<string, unknown> | undefined {
  const { data, error } = astroRead(yaml);
  if (error) return undefined;
  if (data === undefined || data === null) return {};
  return typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : undefined;
}

/**
 * Why Astro cannot read this YAML, and where (offset in the YAML text); undefined when it can.
 * js-yaml refuses some YAML the `yaml` document accepts with a warning, such as an unknown tag
 * (`title: !important Notes`), and the build then stops on it: the `parse-error` rule reports it.
 */
export const astroYamlError = (yaml: string): { offset: number; reason: string } | undefined =>
  astroRead(yaml).error;

/**
 * Why a frontmatter's YAML cannot be read, and where (offset in the YAML text): the `yaml`
 * document's first error (with its code, `DUPLICATE_KEY`), else what Astro's reader refuses;
 * undefined when both read it.
 */
export function yamlError(
  yaml: string,
): { offset: number; message: string; code?: string } | undefined {
  const error = frontmatterDocument(yaml).errors[0];
  if (error)
    return { offset: error.pos[0] ?? 0, message: error.message.split('\n')[0]!, code: error.code };
  const refused = astroYamlError(yaml);
  return refused && { offset: refused.offset, message: `Astro cannot read it: ${refused.reason}` };
}

/** One js-yaml read per text, for both of the above: its data, or why it failed. */
const astroRead = lastFew(
  (yaml): { data?: unknown; error?: { offset: number; reason: string } } => {
    try {
      return { data: load(yaml) };
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      return { error: { offset: error.mark?.position ?? 0, reason: error.reason } };
    }
  },
  KEEP,
);

/**
 * YAML 1.2's core schema as js-yaml reads it: dates stay text, as the `yaml` document reads them,
 * and at about a fifth of its cost. The data of a file that reads cleanly this way and the
 * document's agree (numbers aside: js-yaml reads `-.5` as text), which a unit test checks over
 * every frontmatter in the repository and many tricky ones; so the gate's model and the dates as
 * written read this, and parse the document only for a line or a problem. Undefined when js-yaml
 * refuses the YAML. Readers share the data, and must not change it.
 */
export const coreYaml: (yaml: string) => { data: unknown } | undefined = lastFew((yaml) => {
  try {
    return { data: load(yaml, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}, KEEP);

/**
 * A text field Astro's YAML reader made a date of (an unquoted `2026-03-02`), with the quotes that
 * keep it text: entries, courses (src/lib/content/content-validation.ts) and networks
 * (src/lib/content/references.ts) say it alike.
 */
export const dateForText = (field: string, written: string): string =>
  `${field} must be text, but Astro reads ${written} as a date: put it in quotes, "${written}"`;
