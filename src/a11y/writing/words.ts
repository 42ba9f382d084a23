import type { Root as NlcstRoot, Sentence, Word as NlcstWord } from 'nlcst';
import { unified } from 'unified';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import { VFile } from 'vfile';
import type { Prose, Segment } from './prose.ts';
import { inOtherSense, NEUTRAL_FORM } from './senses.ts';
import { escapeRegExp } from '../../lib/util/escape-regexp.ts';

/** A word or phrase the inclusive-language rule reports. */
export interface Finding {
  /** File offset of the word. */
  offset: number;
  /** File offset just past the word as written (`gu&#121;s` is longer than `guys`). */
  end: number;
  /** The word as written, e.g. `Guys`. */
  word: string;
  /** Suggested alternatives from retext-equality, capitalised like the word; may be empty. */
  suggestions: string[];
  /** When the word is a problem, e.g. "when referring to a person". */
  condition?: string;
  /** Why, in retext-equality's words (its note's first sentence), for words without alternatives. */
  why?: string;
  kind: 'insensitive' | 'profane';
}

/**
 * Frozen processors, made once: retext is the slowest part of unified, so nothing is set up per
 * file. The allow lists are applied to findings afterwards, which keeps one processor for every
 * file whatever its frontmatter says. Profanities only at sureness 1 ("may be profane") and up:
 * at 0 cuss flags words such as "blind" that an accessibility blog needs.
 */
const equalityOnly = unified().use(retextEquality).freeze();
const equalityAndProfanities = unified()
  .use(retextEquality)
  .use(retextProfanities, { sureness: 1 })
  .freeze();

/**
 * Every phrase retext-equality flags, as its list spells them. Its package exports only the
 * plugin, so the list comes through the plugin's documented `ignore` option: a plugin being set
 * up asks its `ignore` list about each phrase it knows, and this list answers "ignore it" and
 * writes the phrase down. Empty if retext-equality ever stops asking: then every text is
 * checked, which is slower but finds the same words.
 */
export function inconsideratePhrases(): string[] {
  const asked: string[] = [];
  const probe: string[] = [];
  probe.includes = (phrase: string) => {
    asked.push(phrase);
    return true;
  };
  unified().use(retextEquality, { ignore: probe }).freeze(); // freezing sets the plugin up
  return asked;
}

/** retext-equality's phrases, words normalised to letters and digits, by their first word. */
function loadPhrases(): Map<string, Phrase[]> | undefined {
  const phrases = new Map<string, Phrase[]>();
  for (const phrase of inconsideratePhrases()) {
    // nlcst-search splits a phrase at single spaces; `*` matches any one word.
    const [first, ...rest] = phrase.split(' ').map((w) => (w === '*' ? w : letters(w)));
    if (first === '*') return undefined; // a phrase that can start anywhere: no shortcut
    const list = phrases.get(first!) ?? [];
    list.push({ phrase, rest });
    phrases.set(first!, list);
  }
  return phrases.size > 0 ? phrases : undefined;
}

/** A phrase as retext-equality's list spells it, and its words after the first, normalised. */
interface Phrase {
  phrase: string;
  rest: string[];
}

const letters = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const phrases = loadPhrases();
/** Every phrase on the list. */
const allPhrases = phrases && [...phrases.values()].flat().map(({ phrase }) => phrase);

/**
 * retext-equality with only the given phrases: its `ignore` option takes the rest. Each call
 * of retext-equality prepares its whole list again (nlcst-search indexes about 900 phrases for
 * every paragraph), which cost more than the search itself; a file needs the few phrases its
 * sentences hold. Every pattern is reported on its own (retext-equality's `binary` is off), so
 * leaving out phrases that cannot match changes nothing else. Made once per set of phrases.
 */
const processors = new Map<string, typeof equalityOnly>();
function equalityFor(needed: Set<string>): typeof equalityOnly {
  if (!allPhrases) return equalityOnly;
  const key = [...needed].sort().join('\n');
  let processor = processors.get(key);
  if (processor) {
    processors.delete(key); // most recently used last
  } else {
    const ignore = allPhrases.filter((phrase) => !needed.has(phrase));
    // retext-equality asks `ignore.includes(phrase)` for each phrase: a set answers at once.
    const ignored = new Set(ignore);
    ignore.includes = (phrase: string) => ignored.has(phrase);
    processor = unified().use(retextEquality, { ignore }).freeze();
    if (processors.size >= 64) processors.delete(processors.keys().next().value!);
  }
  processors.set(key, processor);
  return processor;
}

/**
 * Whether a piece of text could hold a phrase retext-equality flags: some word of it is the
 * first word of a phrase, and each further word of that phrase is somewhere in the text (its
 * letters and digits, run together: a word retext reads is a run of the text, so its letters are
 * a run of the text's). Words are tried both joined (`man-made`, `he'd`, as nlcst-normalize
 * sees them) and split at hyphens and apostrophes, so the test never misses what retext finds.
 * Most text holds a first word (`on`, `of`, `has` start phrases); few hold a whole phrase.
 */
export function mayHoldFlaggedWord(text: string): boolean {
  if (!phrases) return true;
  const lower = text.toLowerCase();
  let run: string | undefined;
  // Each first word's answer once: a long paragraph says `suffering` many times, and each ask
  // searches the whole run.
  const asked = new Map<string, boolean>();
  const startsPhrase = (word: string) => {
    const list = phrases.get(word);
    if (!list) return false;
    let answer = asked.get(word);
    if (answer === undefined) {
      run ??= letters(lower);
      answer = list.some(({ rest }) => rest.every((next) => next === '*' || run!.includes(next)));
      asked.set(word, answer);
    }
    return answer;
  };
  for (const [token] of lower.matchAll(/[\p{L}\p{N}'\u2019.-]+/gu)) {
    // Most words are letters alone: then the word joined and its parts are the same.
    if (!/['\u2019.-]/.test(token)) {
      if (startsPhrase(token)) return true;
      continue;
    }
    if (startsPhrase(letters(token))) return true;
    for (const part of token.split(/[^\p{L}\p{N}]+/u)) if (part && startsPhrase(part)) return true;
  }
  return false;
}

/** Normal form of a word or phrase for allow lists: case, curly apostrophes and spacing ignored. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Addresses written in the text (link targets are not text, but bare and auto links are). */
const URL_LIKE =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bmailto:)[^\s<>()[\]"'`]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/[^\s<>()[\]"'`]*/gi;

/** Whether the word at `offset` is part of an address written in the text. */
function inAddress(text: string, offset: number): boolean {
  let from = offset;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  let to = offset;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  const token = text.slice(from, to);
  for (const match of token.matchAll(URL_LIKE)) {
    if (offset - from >= match.index && offset - from < match.index + match[0].length) return true;
  }
  return false;
}

/** A word's text as written (nlcst-to-string's). */
export function wordText(word: NlcstWord): string {
  let text = '';
  for (const part of word.children) if ('value' in part) text += part.value;
  return text;
}

/** A word's text in the form phrases are compared in. */
const wordKey = (word: NlcstWord) => letters(wordText(word));

/**
 * Whether a tokenized sentence holds a whole phrase of retext-equality's list, matched the way
 * nlcst-search matches it (its words in order, only white space between them, `*` for any
 * word), but looser: words are compared by their letters and digits alone, where nlcst-search
 * also keeps some apostrophes. Everything retext-equality reports in a sentence is a phrase
 * nlcst-search found, so a sentence this rejects cannot hold a finding. Most sentences that
 * hold a first word hold no phrase (`on`, `of`, `has` and `learning` start phrases), and
 * searching them was most of retext-equality's time.
 */
export function holdsFlaggedPhrase(
  sentence: Sentence,
  found?: Set<string>,
  otherSense?: (word: NlcstWord) => boolean,
): boolean {
  if (!phrases) return true;
  const nodes = sentence.children;
  let holds = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'WordNode') continue;
    for (const { phrase, rest } of phrases.get(wordKey(node)) ?? []) {
      if (!followedBy(nodes, i + 1, rest)) continue;
      if (rest.length === 0 && otherSense?.(node)) continue;
      if (!found) return true;
      found.add(phrase); // every phrase it holds, for equalityFor
      holds = true;
    }
  }
  return holds;
}

/** Whether the words after `from` are `rest`, with only white space between them. */
function followedBy(nodes: Sentence['children'], from: number, rest: string[]): boolean {
  let at = from;
  for (const expected of rest) {
    while (nodes[at]?.type === 'WhiteSpaceNode') at++;
    const node = nodes[at];
    if (node?.type !== 'WordNode') return false;
    if (expected !== '*' && wordKey(node) !== expected) return false;
    at++;
  }
  return true;
}

/**
 * Runs retext-equality (and retext-profanities when asked) over a file's prose and returns what
 * it finds, minus words inside URLs and words on the allow list.
 */
export function findWords(
  prose: Prose,
  text: string,
  options: { profanities: boolean; allow: Set<string> },
): Finding[] {
  // retext-equality searches each paragraph with its whole phrase list, and nlcst-search
  // prepares that list (about a thousand phrases) again on every call: per paragraph, that
  // preparation costs more than the search. All sentences of a file go into one paragraph so it
  // runs once per file. Matches never span sentences, so what is found stays the same.
  const sentences: Sentence[] = [];
  const needed = new Set<string>();
  // A word retext-equality flags in a sense this sentence does not use ("this week challenged
  // me", senses.ts) would be dropped from what it finds: a sentence holding only such words is
  // not searched. Judged only where the word sits in the source as written, as the finding would
  // be placed; anywhere else (a character reference in alt text) it is searched and judged after.
  const otherSense = (node: NlcstWord) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    const word = wordText(node);
    if (text.slice(start, end).toLowerCase() !== word.toLowerCase()) return false;
    return inOtherSense({ offset: start, end, word, kind: 'insensitive' }, text);
  };
  for (const tree of [prose.body, ...prose.segments.map((segment) => segment.tree)]) {
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const child of paragraph.children) {
        if (
          child.type === 'SentenceNode' &&
          (options.profanities || holdsFlaggedPhrase(child, needed, otherSense))
        )
          sentences.push(child);
      }
    }
  }
  if (sentences.length === 0) return [];
  const root: NlcstRoot = {
    type: 'RootNode',
    children: [{ type: 'ParagraphNode', children: sentences }],
  };
  const scratch = new VFile();
  (options.profanities ? equalityAndProfanities : equalityFor(needed)).runSync(
    root as never,
    scratch,
  );
  if (scratch.messages.length === 0) return [];

  const findings: Finding[] = [];
  for (const message of scratch.messages) {
    const word = String(message.actual ?? '');
    if (!word || options.allow.has(normalizeWord(word))) continue;
    const approximate =
      message.place && 'start' in message.place ? message.place.start.offset : undefined;
    if (approximate === undefined) continue;
    const segment = prose.segments.find(
      (s) => approximate >= s.offset && approximate <= s.offset + s.text.length,
    );
    const { offset, end } = segment
      ? placeInSource(segment, approximate, word, text)
      : { offset: approximate, end: approximate + word.length };
    if (inAddress(text, offset)) continue;
    findings.push({
      offset,
      end,
      word,
      suggestions:
        message.source === 'retext-equality' ? withNeutralForm(word, message.expected ?? []) : [],
      condition: /^Unexpected potentially insensitive use of `[^`]*`, (when [^,]+),/.exec(
        message.reason,
      )?.[1],
      kind: message.source === 'retext-profanities' ? 'profane' : 'insensitive',
      why: firstSentence(message.note),
    });
  }
  return findings;
}

/** retext-equality's words for a flagged one, the neutral form of its pair first (`hostess`: `host`). */
function withNeutralForm(word: string, expected: readonly string[]): string[] {
  const neutral = NEUTRAL_FORM[word.toLowerCase()];
  return neutral ? [neutral, ...expected.filter((w) => w !== neutral)] : [...expected];
}

/**
 * Where a word of a segment is in the file, start and end. Segment offsets are exact when the
 * source spells the text literally; when entities, escapes or YAML folding moved it, the word is
 * looked up in the segment's source range, nearest to where it would be: first as written, then
 * with any of its letters spelled as a character reference or escaped (`gu&#121;s`, `fire\-man`).
 */
function placeInSource(
  segment: Segment,
  approximate: number,
  word: string,
  text: string,
): { offset: number; end: number } {
  if (text.slice(approximate, approximate + word.length).toLowerCase() === word.toLowerCase())
    return { offset: approximate, end: approximate + word.length };
  const source = text.slice(segment.start, segment.end);
  const literal = new RegExp(escapeRegExp(word), 'gi');
  const spelled = new RegExp(
    [...word]
      .map((char) => `(?:${escapeRegExp(char)}|&#?[a-z0-9]+;|\\${escapeRegExp(char)})`)
      .join(''),
    'gi',
  );
  for (const pattern of [literal, spelled]) {
    let best: { offset: number; end: number } | undefined;
    for (const match of source.matchAll(pattern)) {
      const offset = segment.start + match.index;
      if (!best || Math.abs(offset - approximate) < Math.abs(best.offset - approximate))
        best = { offset, end: offset + match[0].length };
    }
    if (best) return best;
  }
  return { offset: segment.start, end: segment.start + word.length };
}

/** `It’s probably not that easy. Even if… (source: …)` → `it’s probably not that easy`. */
function firstSentence(note: string | undefined): string | undefined {
  const sentence = note
    ?.replace(/\s*\(source:[^)]*\)\s*$/, '')
    .split(/(?<=[.!?])\s/)[0]
    ?.replace(/[.!?]$/, '')
    .trim();
  return sentence ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : undefined;
}
