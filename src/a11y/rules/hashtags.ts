import type { Root } from 'mdast';
import type { Root as NlcstRoot, Word as NlcstWord } from 'nlcst';
import type { VFile } from 'vfile';
import { isScalar, isSeq } from 'yaml';
import { Locator, type Model } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';
import { collectProse, NOT_PROSE_KEYS } from '../writing/prose.ts';
import { normalizeWord, wordText } from '../writing/words.ts';
import { camelCaseHashtag, mayHoldHashtag } from '../writing/hashtags.ts';
import { isEnglish } from '../../lib/site/lang.ts';
import { fileLanguage, frontmatterAllowList } from '../writing/language.ts';
import { entryParagraphsInOtherLanguage, readingOf } from '../writing/text-language.ts';
import { commentMessage, hashtagComments } from '../../lib/content/yaml-hashtags.ts';
import { frontmatterDocument } from '../../lib/content/frontmatter-yaml.ts';

/** What is wrong, then what to do. */
export function hashtagMessage(body: string, camelCase: string): string {
  // allowWords names it without its `#`: in YAML, `- #greenracing` is a comment.
  return `\`#${body}\` runs words together, so a screen reader reads it as one made-up word: write \`#${camelCase}\`, a capital for each word, or, if it is one word or a name, list \`${body.toLowerCase()}\` in allowWords`;
}

/** Fields whose values are paths, ids or settings: a comment after one is a note. */
const NOT_TEXT_FIELDS = new Set([...NOT_PROSE_KEYS].filter((key) => key !== 'allowWords'));

/** Each `#` written against a word (`#greenracing`), with the word, in a tree's sentences. */
function* hashtags(tree: NlcstRoot): Generator<{ offset: number; word: NlcstWord }> {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const nodes = sentence.children;
      for (let i = 0; i + 1 < nodes.length; i++) {
        const hash = nodes[i]!;
        const word = nodes[i + 1]!;
        if (hash.type !== 'SymbolNode' || hash.value !== '#' || word.type !== 'WordNode') continue;
        const offset = hash.position?.start.offset;
        if (offset !== undefined && word.position?.start.offset === offset + 1)
          yield { offset, word };
      }
    }
  }
}

/** What a tag the page shows as a hashtag loses, then what to write. */
export function tagMessage(tag: string, camelCase: string): string {
  const bare = tag.replace(/^#+/, '');
  return `The tag \`${tag}\` shows on the page as #${bare}, which a screen reader reads as one made-up word: write \`${camelCase}\`, a capital for each word (the page of the tag keeps its address), or, if it is one word or a name, list \`${bare.toLowerCase()}\` in allowWords`;
}

/**
 * A tag the page could show as words run together: letters and digits, a run of five letters,
 * written as a hashtag or not (the schema drops a tag's `#`, and the page shows one).
 */
const TAG_TO_SPLIT = /^#?(?=[A-Za-z0-9_]*[a-z]{5})[A-Za-z0-9_]+$/;

/**
 * The frontmatter's `tags` the page would show as words run together, each with the capitals to
 * write and its offset in the YAML. Judged from the data; the document is parsed for the places
 * only when one is found, as most files have none.
 */
function tagsToSplit(yaml: string, data: Record<string, unknown>, allow: Set<string>) {
  const tags = data.tags;
  if (!Array.isArray(tags)) return [];
  const split = new Map<string, string>();
  for (const tag of tags) {
    if (typeof tag !== 'string' || !TAG_TO_SPLIT.test(tag)) continue;
    const bare = tag.replace(/^#/, '');
    if (allow.has(normalizeWord(bare))) continue;
    const camelCase = camelCaseHashtag(bare);
    if (camelCase) split.set(tag, camelCase);
  }
  if (split.size === 0) return [];
  const list = frontmatterDocument(yaml).get('tags', true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    if (!isScalar(item) || typeof item.value !== 'string' || !item.range) return [];
    const camelCase = split.get(item.value);
    if (!camelCase) return [];
    const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE';
    return [{ tag: item.value, camelCase, offset: item.range[0] + (quoted ? 1 : 0) }];
  });
}

/**
 * `hashtags`: a hashtag in a frontmatter value that YAML cut off as a comment, in any file;
 * and, in a file written in English, a hashtag of words run together in lower case, in the prose
 * a reader reads (as `inclusive-language` reads it: body text, attributes, frontmatter values,
 * never code or addresses) or in a tag, which the page shows as a hashtag. Words on
 * `site.writing.allow` or the file's `allowWords` pass, with or without their `#`.
 */
const checkHashtags: SourceCheck = (model, ctx, _report, { tree, file }) => {
  const text = String(file.value ?? '');
  const frontmatter = model.frontmatter?.data ?? {};
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const yamlStart =
    yaml?.position?.start.offset === undefined
      ? undefined
      : text.indexOf('\n', yaml.position.start.offset) + 1;
  const found: { offset: number; end: number; message: string }[] = [];
  // A hashtag YAML took for a comment is cut from the value, in any language.
  if (yaml && yamlStart !== undefined && text.includes('#')) {
    for (const comment of hashtagComments(yaml.value, NOT_TEXT_FIELDS)) {
      // A value the comment left empty fails the schema, whose error says this (content-schema).
      if (!comment.reads) continue;
      const offset = yamlStart + comment.offset;
      found.push({
        offset,
        end: offset + comment.comment.length,
        message: commentMessage(comment),
      });
    }
  }
  const tagsMayRun =
    Array.isArray(frontmatter.tags) &&
    frontmatter.tags.some((tag) => typeof tag === 'string' && TAG_TO_SPLIT.test(tag));
  const proseMayHold = mayHoldHashtag(text);
  if (tagsMayRun || proseMayHold) {
    const lang = fileLanguage(frontmatter, ctx.config.lang);
    // The words are split with English lists: another language's hashtags are its own.
    if (isEnglish(lang) && readingOf(model, lang)?.english !== false) {
      const allow = new Set(
        [...ctx.config.writing.allow, ...frontmatterAllowList(frontmatter)].map((word) =>
          normalizeWord(word).replace(/^#/, ''),
        ),
      );
      if (tagsMayRun && yaml && yamlStart !== undefined) {
        for (const { tag, camelCase, offset } of tagsToSplit(yaml.value, frontmatter, allow)) {
          const at = yamlStart + offset;
          found.push({ offset: at, end: at + tag.length, message: tagMessage(tag, camelCase) });
        }
      }
      if (proseMayHold) found.push(...proseHashtags(model, lang, tree, file, allow));
    }
  }
  const locator = new Locator(text);
  for (const { offset, end, message } of found.sort((a, b) => a.offset - b.offset))
    file.message(message, { place: { start: locator.point(offset), end: locator.point(end) } });
};

/** The hashtags of words run together in a file's prose, in English. */
function proseHashtags(
  model: Model,
  lang: string,
  tree: Root,
  file: VFile,
  allow: Set<string>,
): { offset: number; end: number; message: string }[] {
  const text = String(file.value ?? '');
  const foreign = new Set(entryParagraphsInOtherLanguage(model, lang).map(({ el }) => el.offset));
  const prose = collectProse(tree, file, model, mayHoldHashtag, foreign);
  const found: { offset: number; end: number; message: string }[] = [];
  for (const nlcst of [prose.body, ...prose.segments.map((segment) => segment.tree)]) {
    for (const { offset, word } of hashtags(nlcst)) {
      const body = wordText(word);
      const end = offset + 1 + body.length;
      // Placed only where the source spells it as read; in an address (`x.com/#tag`), after a
      // letter (`C#minor`) or in a character reference, a `#` starts no hashtag.
      if (text.slice(offset, end) !== `#${body}`) continue;
      if (/[\p{L}\p{N}_&/\\]/u.test(text.charAt(offset - 1))) continue;
      if (allow.has(normalizeWord(body))) continue;
      const camelCase = camelCaseHashtag(body);
      if (camelCase) found.push({ offset, end, message: hashtagMessage(body, camelCase) });
    }
  }
  return found;
}

/**
 * `hashtags` (see [Hashtags](#hashtags)): a hashtag of words run together in lower case (`#greenracing`), which a screen reader reads as one made-up word, where a capital for each word (`#GreenRacing`) has it read as words; social media accessibility guides ask for it, and campaign posts are full of hashtags. A tag too, which the page shows as a hashtag (`tags: [greenracing]`; `GreenRacing` keeps the address `/tags/greenracing/`). Told from one long word (`#sustainability`, `#greenwashing`), a name (`#hamilton`, `#verstappen`) or an abbreviation (`#tbt`) by English word lists: reported only where every piece is a common word and the whole is none. Hashtags with capitals inside (`#RaceToZero`) and files or passages in another language are left alone. And a hashtag in a frontmatter value written without quotes, `title: Week 5 #GreenRacing`: a `#` after a space starts a YAML comment, so the title is "Week 5" and the hashtag never reaches the page, or one at the start of a line a value goes on over, indented under its key (a value it leaves empty, `title: #GreenRacing`, is `content-schema`'s error, and a list on one line, `tags: [pln, #f1]`, `parse-error`'s, both saying the same). A comment meant as one, `draft: true # until Friday`, has a space after its `#`, and a comment after a flag, a number, a date or a path is left alone.
 *
 * @fix Write the hashtag the message gives, a capital for each word (`#GreenRacing`), or, if it is one word or a name, list it in `allowWords` without its `#` (`- greenracing`: in YAML, `- #greenracing` is a comment). In frontmatter, put the value in quotes: `title: "Week 5 #GreenRacing"`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Follow #RaceToZero, #F1 and #sustainability this week.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   Follow #racetozero and #greenracing this week.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:8-1:19: `#racetozero` runs words together, so a screen reader reads it as one made-up word: write `#RaceToZero`, a capital for each word, or, if it is one word or a name, list `racetozero` in allowWords
 *   1:24-1:36: `#greenracing` runs words together, so a screen reader reads it as one made-up word: write `#GreenRacing`, a capital for each word, or, if it is one word or a name, list `greenracing` in allowWords
 */
const rule: GateRule = { id: 'hashtags', severity: 'warning', source: checkHashtags };
export default rule;
