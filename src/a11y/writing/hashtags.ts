import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Hashtags that run words together (`#greenracing`), for `hashtags`. A screen reader reads
 * a hashtag as one word, so `#greenracing` comes out as a made-up word and `#GreenRacing`, a
 * capital for each word, as "green racing". Telling a run of words from one long word takes a
 * dictionary: the hashtag is split as wordninja splits text without spaces (the likeliest words,
 * by how often each is used), and reported only when every piece is a common word and the whole
 * is no word of its own.
 */

/**
 * Words by how often English Wikipedia uses them, most used first (wordninja's list, in the
 * `wordsninja` package): it knows names and places (`hamilton`, `silverstone`), which a split
 * must not break up.
 */
const FREQUENT_WORDS = 'wordsninja/words-en.json';

/**
 * Two-letter pieces a hashtag is made of: words that join others (`#womeninstem`,
 * `#racetozero`), never the abbreviations and syllables the frequency list is full of (`al`,
 * `en`), which would split names (`#albon`, `#hulkenberg`).
 */
const SHORT_WORDS = new Set(
  'am an as at be by do go if in is it me my no of on or so to up us we'.split(' '),
);

/**
 * How common a piece must be, as its rank in the list, by its length (3, 4, 5, 6, 7 or more
 * letters): short pieces that are rare are syllables of a name (`#verstappen` is no `vers tap pen`,
 * `#instagram` no `insta gram`, `#selfie` no `sel fie`), while the long words of real hashtags
 * (`throwback`, `motorsport`) are often well down the list.
 */
const MOST_RANK = [0, 0, 0, 4_000, 10_000, 20_000, 40_000, 60_000];

interface Dictionary {
  /** A word's place in the frequency list, 0 for the most used. */
  rank: Map<string, number>;
  /** wordninja's cost of a word of rank r: log((r + 1) · ln(N)), N the list's length. */
  logN: number;
}

/** The lists as written: a hashtag that is one word (most are) is found in them as text. */
let frequentText: string | undefined;
let wordListText: string | undefined;
let dictionary: Dictionary | undefined;

/**
 * The lists are found where they run, not imported: a checkout whose `node_modules/` lacks them
 * (pulled without `npm ci`) fails this rule on the file, saying so, and the other rules still
 * judge it. Each is read once, when first needed.
 */
const packageFile = (id: string) => createRequire(import.meta.url).resolve(id);
const frequent = () => (frequentText ??= readFileSync(packageFile(FREQUENT_WORDS), 'utf8'));

/**
 * Whether a run of letters is a word of its own: in the frequency list, or in sindresorhus's
 * word-list (274,000 words, one a line), which knows words Wikipedia rarely uses
 * (`greenwashing`, `upskilling`). Searched as text: most hashtags and tags are one word, and
 * need no ranks.
 */
function isWord(run: string): boolean {
  if (frequent().includes(`"${run}"`)) return true;
  // word-list exports only its file's path; the file sits beside its entry.
  wordListText ??= `\n${readFileSync(join(dirname(packageFile('word-list')), 'words.txt'), 'utf8')}\n`;
  return wordListText.includes(`\n${run}\n`);
}

/** The ranks, built once, when a run first needs splitting. */
function loadDictionary(): Dictionary {
  if (dictionary) return dictionary;
  const list = JSON.parse(frequent()) as string[];
  const rank = new Map<string, number>();
  for (let index = list.length - 1; index >= 0; index--) rank.set(list[index]!, index);
  dictionary = { rank, logN: Math.log(list.length) };
  return dictionary;
}

/** Whether a piece may be one of a hashtag's words, at its place among `length` letters. */
function isPiece(word: string, at: number, length: number, { rank }: Dictionary): boolean {
  const place = rank.get(word);
  if (place === undefined) return false;
  // `#whatawaste`, never `a` to start or end one (`#openai` is no `open a i`).
  if (word.length === 1) return word === 'a' && at > 0 && at + 1 < length;
  if (word.length === 2) return SHORT_WORDS.has(word);
  return place <= MOST_RANK[Math.min(word.length, MOST_RANK.length - 1)]!;
}

/** The longest word the split tries: longer runs are made of more than one. */
const LONGEST_PIECE = 24;

/**
 * `greenracing` → `['green', 'racing']`; undefined when the run is a word of its own or no run
 * of common words spells it. `run` is lower-case letters a to z.
 */
export function splitRun(run: string): string[] | undefined {
  if (isWord(run)) return undefined;
  const dict = loadDictionary();
  // Viterbi over the run, as wordninja: the cheapest split, each word costing its rarity.
  const cost = [0];
  const from = [0];
  for (let end = 1; end <= run.length; end++) {
    cost[end] = Infinity;
    for (let start = Math.max(0, end - LONGEST_PIECE); start < end; start++) {
      if (cost[start] === Infinity) continue;
      const word = run.slice(start, end);
      if (!isPiece(word, start, run.length, dict)) continue;
      const total = cost[start]! + Math.log((dict.rank.get(word)! + 1) * dict.logN);
      if (total < cost[end]!) {
        cost[end] = total;
        from[end] = start;
      }
    }
  }
  if (cost[run.length] === Infinity) return undefined;
  const pieces: string[] = [];
  for (let end = run.length; end > 0; end = from[end]!) pieces.unshift(run.slice(from[end]!, end));
  return pieces.length > 1 ? pieces : undefined;
}

/** Letter runs shorter than this are one word or an abbreviation (`#tbt`, `#ootd`). */
const SHORTEST_RUN = 5;

/** A colour written as a hashtag would be (`#facade`, `#c0ffee`). */
const HEX_COLOUR = /^(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * What a hashtag's body (after `#`) should be written as, a capital for each word
 * (`100daysofcode` → `100DaysOfCode`), or undefined when it needs none: it has capitals inside
 * already (`RaceToZero`, `NASA`), or none of its runs of letters is words run together. Only
 * letters a to z are split: the lists are English.
 */
export function camelCaseHashtag(body: string): string | undefined {
  if (/[A-Z]/.test(body.slice(1)) || HEX_COLOUR.test(body)) return undefined;
  if (!/^[A-Za-z0-9_]+$/.test(body)) return undefined;
  // A site's posts share their tags and hashtags: each is judged once.
  if (judged.has(body)) return judged.get(body);
  let split = false;
  const written = body.replace(/[A-Za-z]+/g, (run) => {
    const pieces = run.length >= SHORTEST_RUN ? splitRun(run.toLowerCase()) : undefined;
    if (pieces) split = true;
    return (pieces ?? [run]).map(capitalised).join('');
  });
  judged.set(body, split ? written : undefined);
  return judged.get(body);
}

const judged = new Map<string, string | undefined>();

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A quick test of source text: a `#` then a run of lower-case letters long enough to split. */
export function mayHoldHashtag(text: string): boolean {
  return /#[\p{L}\p{N}_]*[a-z]{5}/u.test(text);
}
