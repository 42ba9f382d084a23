import { parseDocument, type Document } from 'yaml';

/**
 * A frontmatter block's YAML, parsed once for everything that reads it while one file is
 * checked: the gate's model (src/a11y/source-model.ts), the `frontmatter-date` rule
 * (src/lib/content/frontmatter-dates.ts), the writing checks' frontmatter prose
 * (src/a11y/writing/prose.ts) and the site's index (src/a11y/content-index.ts) each used to
 * parse it again, about a tenth of the source layer's time. Keyed by the exact YAML text, so
 * every reader gets what its own parse would have given; the few most recent are kept (they are
 * the file being checked), not the whole site.
 *
 * Readers must not change the document (they read it with `get`, `toJS` and its nodes).
 * `prettyErrors: false` keeps error messages to their first line, which is what the gate shows;
 * the number of errors, the data and every range are the same either way.
 */
const recent = new Map<string, Document.Parsed>();
/** Documents kept: enough for one file's readers, little memory. */
const KEEP = 8;

export function frontmatterDocument(yaml: string): Document.Parsed {
  let doc = recent.get(yaml);
  if (doc) {
    recent.delete(yaml); // most recently used last
  } else {
    doc = parseDocument(yaml, { prettyErrors: false });
    if (recent.size >= KEEP) recent.delete(recent.keys().next().value!);
  }
  recent.set(yaml, doc);
  return doc;
}
