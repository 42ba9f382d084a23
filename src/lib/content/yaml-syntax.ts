import { isScalar, parseDocument, visit, type YAMLError } from 'yaml';
import { astroYamlError, frontmatterDocument, yamlError } from './frontmatter-yaml.ts';
import { FRONTMATTER } from './frontmatter-block.ts';
import { doubleQuoted, flowHashtag, ITEM, QUOTED_WHOLE } from './yaml-hashtags.ts';
import { lookalikeFix, type LookalikeFix } from './yaml-lookalikes.ts';

/**
 * Broken YAML in words that say why and what to write, for frontmatter (the `parse-error` rule,
 * and the build's loader, which would otherwise stop on Astro's own words and stack) and for
 * course and network files. YAML's own words ("Nested mappings are not allowed in compact
 * mappings") are kept only where no fix here is known to work.
 */

/**
 * Frontmatter's YAML error (`error`, at an offset in `yaml`) in words: where to look and what to
 * do. `tags: [pln, #f1]` and `title: Week 5: what I learned` get their fixes; the rest YAML's own
 * message.
 */
export function frontmatterErrorMessage(
  yaml: string,
  error: { offset: number; message: string; code?: string },
): { offset: number; message: string } {
  // `tags: [pln, #f1]`: YAML's words ("Flow sequence … must end with a ]") do not say why.
  const flow = flowHashtag(yaml);
  if (flow && flow.offset <= error.offset)
    return {
      offset: flow.offset,
      message: `Frontmatter is not valid YAML: \`${flow.tag}\` starts a YAML comment (a # after a space starts one), which cuts ${flow.field} off before its closing bracket: put each hashtag in quotes, ${flow.fix}`,
    };
  // The file's line n is the YAML's line n - 1, under the opening `---`.
  const said = inWords(yaml, error, 1);
  if (said) return { offset: error.offset, message: `Frontmatter is not valid YAML: ${said}` };
  return {
    offset: error.offset,
    message: `Frontmatter is not valid YAML (${error.message}): fix the syntax here`,
  };
}

/**
 * A file's frontmatter that cannot be read, in the words above, at its line and column in the
 * file; undefined when it reads (or the file has none).
 */
export function frontmatterSyntaxProblem(
  text: string,
): { line: number; column: number; message: string } | undefined {
  const block = FRONTMATTER.exec(text);
  const error = block && yamlError(block[1]!);
  if (!error) return undefined;
  const yamlStart = text.indexOf('\n') + 1;
  const { offset, message } = frontmatterErrorMessage(block[1]!, error);
  const at = yamlStart + offset;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return { line: text.slice(0, at).split('\n').length, column: at - lineStart + 1, message };
}

/** Why a value as written is none, and the line that mends it. */
export interface QuoteFix {
  /** Why the value as written is no value: what YAML takes its first characters for. */
  why: string;
  /** The line written with its value in quotes, `title: "Week 5: what I learned"`. */
  fix: string;
}

/**
 * `key: value` after any list dashes: a plain key, as frontmatter's are, or a quoted one, which
 * yaml-hashtags.ts's lines (a comment after a value) need not read.
 */
const KEYED = /^(\s*(?:-\s+)*)([\w$-][\w.$ -]*?|"[^"]*"|'[^']*')[ \t]*:[ \t]+(\S.*?)[ \t]*$/;

/**
 * The line of the YAML error at `offset` of `yaml` with its value in quotes, where YAML cannot
 * read the value as written and quotes mend it: the commonest broken frontmatter there is.
 * `title: Week 5: what I learned` (a `: ` in a value starts a key), `title: @sam's week` (YAML
 * keeps `@` and `` ` `` for itself), `title: "Week 5" notes` (the quotes end the value),
 * `title: *Really* good` (an alias), `title: [Draft] plan`. The fix is tried before it is given:
 * the line in quotes must make the YAML read, by the `yaml` document and by Astro's reader both,
 * with the key holding the text as written. Undefined where the line is no `key: value` or list
 * item, its value is quoted whole already, or quotes do not mend it.
 */
export function quoteFix(yaml: string, offset: number): QuoteFix | undefined {
  const { start, text: line } = lineAt(yaml, offset);
  const keyed = KEYED.exec(line);
  const item = keyed ? undefined : ITEM.exec(line);
  const written = keyed?.[3] ?? item?.[2];
  // A comment meant as one (`# draft`, a space after the #) stays outside the quotes.
  const comment = written && /[ \t]+#(?:[ \t].*)?$/.exec(written);
  const value = comment ? written.slice(0, comment.index) : written;
  if (!value || QUOTED_WHOLE.test(value)) return undefined;
  // Only a value whose own characters YAML takes for syntax: quotes mend nothing else.
  const unread = whyUnread(value);
  if (!unread) return undefined;
  // A value an editor put in curly quotes as you typed the straight ones: meant as quotes.
  const curly = /^(?:“(.*)”|‘(.*)’)$/.exec(value);
  const text = curly ? (curly[1] ?? curly[2]!) : value;
  const why = curly
    ? `${unread}, and ${value[0]} ${value.at(-1)} are text to YAML, not quotes`
    : unread;
  const lead = keyed ? `${keyed[1]}${keyed[2]}: ` : `${item![1]} `;
  const fix = `${lead}${quoted(text)}${comment ? comment[0] : ''}`;
  const doc = mendedBy(yaml, start, line, fix);
  // The quotes must give the text as written, not merely some YAML that reads.
  const key = keyed ? unquotedKey(keyed[2]!) : undefined;
  if (!doc || !holds(doc.toJS(), key, text)) return undefined;
  return { why, fix: fix.trim() };
}

/**
 * The YAML read with `line` (at `start`) written as `fix`, where that mends it: no error is left
 * on the line, none merely moved on to the next one, and fewer are left in all, by the `yaml`
 * document and by Astro's reader both. Another line's error is that line's own.
 */
function mendedBy(yaml: string, start: number, line: string, fix: string) {
  const mended = yaml.slice(0, start) + fix + yaml.slice(start + line.length);
  const onLine = (at: number) => at >= start && at <= start + fix.length;
  const doc = parseDocument(mended);
  const astro = astroYamlError(mended);
  if (doc.errors.some((e) => onLine(e.pos[0])) || (astro && onLine(astro.offset))) return undefined;
  const before = frontmatterDocument(yaml).errors.length + (astroYamlError(yaml) ? 1 : 0);
  return doc.errors.length + (astro ? 1 : 0) < before ? doc : undefined;
}

/**
 * The line of the YAML error at `offset` with ordinary spaces and colons where it has look-alikes
 * (`title:` and a no-break space), where that mends it.
 */
function lookalikeMend(yaml: string, offset: number): LookalikeFix | undefined {
  const { start, text: line } = lineAt(yaml, offset);
  const found = lookalikeFix(line);
  return found && mendedBy(yaml, start, line, found.fix) ? found : undefined;
}

/**
 * A data file's YAML error in words: the quotes that mend its line where they do, else YAML's
 * code and where to look.
 */
export function yamlErrorMessage(yaml: string, error: YAMLError): string {
  const said = inWords(yaml, { offset: error.pos[0], code: error.code }, 0);
  return said
    ? `the file is not valid YAML: ${said}`
    : `the file is not valid YAML (${error.code}): fix the indentation or quoting on this line`;
}

/**
 * The YAML error at `offset` as why, then what to write, where that is known: a key written twice
 * (which one counts is YAML's to refuse, not the author's to guess), a tab that indents, a value
 * quotes mend. Lines are said as the file counts them: the YAML's, plus `lineShift`. Undefined
 * for the rest, which keep YAML's words.
 */
function inWords(
  yaml: string,
  error: { offset: number; code?: string },
  lineShift: number,
): string | undefined {
  if (error.code === 'DUPLICATE_KEY') {
    const twice = firstWritten(yaml, error.offset);
    if (twice)
      return `${twice.key} is written twice, here and on line ${twice.line + lineShift}: keep one of them`;
  }
  if (error.code === 'TAB_AS_INDENT')
    return 'a tab indents this line, and YAML takes spaces only: indent it with spaces';
  const lookalike = lookalikeMend(yaml, error.offset);
  if (lookalike) return `this line has ${lookalike.why}: ${lookalike.todo}`;
  const quote = quoteFix(yaml, error.offset);
  return quote && `${quote.why}: put the value in quotes, ${quote.fix}`;
}

/** The line holding `offset`: its text and where it starts. */
function lineAt(yaml: string, offset: number): { start: number; text: string } {
  const start = yaml.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = yaml.indexOf('\n', start);
  return { start, text: yaml.slice(start, end === -1 ? yaml.length : end).replace(/\r$/, '') };
}

/**
 * The key written again at `offset` and the line (from 1) where its map first has it: the `yaml`
 * document keeps both, in the map they are written in (a module of a course, not the course).
 */
function firstWritten(yaml: string, offset: number): { key: string; line: number } | undefined {
  let found: { key: string; line: number } | undefined;
  visit(frontmatterDocument(yaml), {
    Map(_, map) {
      const again = map.items.find((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset);
      if (!again || !isScalar(again.key)) return;
      const key = String(again.key.value);
      const first = map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
      const at = isScalar(first?.key) ? first.key.range?.[0] : undefined;
      if (at !== undefined) found = { key, line: yaml.slice(0, at).split('\n').length };
      return visit.BREAK;
    },
  });
  return found;
}

/** The value in double quotes, or in single ones where it holds double quotes and no single. */
function quoted(value: string): string {
  return value.includes('"') && !value.includes("'") ? `'${value}'` : doubleQuoted(value);
}

const unquotedKey = (key: string) => key.replace(/^(["'])(.*)\1$/, '$2');

/** Whether the mended data holds `value` under `key`, or as an item of a list where no key is. */
function holds(data: unknown, key: string | undefined, value: string): boolean {
  if (Array.isArray(data))
    return data.some((item) => (key === undefined && item === value) || holds(item, key, value));
  if (!data || typeof data !== 'object') return false;
  return Object.entries(data).some(
    ([name, held]) => (name === key && held === value) || holds(held, key, value),
  );
}

/** What YAML makes of the value's first characters, or of a `: ` in it, in words. */
function whyUnread(value: string): string | undefined {
  const first = value[0]!;
  if (first === '@' || first === '`')
    return `a value cannot start with ${first}, which YAML keeps for itself`;
  if (first === '"' || first === "'")
    return 'the quotes end the value, and what follows them cannot be read';
  if (first === '*') return 'a value starting with * names another value (an alias)';
  if (first === '&') return 'a value starting with & names itself (an anchor)';
  if (first === '!') return 'a value starting with ! names a type (a tag)';
  // `[Draft] The plan` is text; `[pln, a11y` is a list whose bracket was left open, which
  // quotes would make text where a list is wanted.
  if (first === '[' || first === '{') {
    const closed = value.lastIndexOf(first === '[' ? ']' : '}');
    if (closed < 0 || !value.slice(closed + 1).trim()) return undefined;
    return first === '['
      ? 'a value starting with [ is a list'
      : 'a value starting with { is a set of fields';
  }
  if (first === '|' || first === '>')
    return `a value starting with ${first} opens a block of lines`;
  if (/:\s/.test(value)) return 'a colon and a space in a value start a new field';
  return undefined;
}
