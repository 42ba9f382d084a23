/** A word found in the text: what senses.ts judges (words.ts's findings, and the words it is about to search). */
export interface FoundWord {
  /** File offset of the word, and just past it. */
  offset: number;
  end: number;
  /** The word as written. */
  word: string;
  kind: 'insensitive' | 'profane';
}

/**
 * Words retext-equality flags in every sense, kept only in the sense it means. Its list flags
 * `special` as a euphemism for disability, `challenged` and `invalid` likewise, and `master` as
 * the computer term; learners write "special thanks", "this week challenged me", "the date was
 * invalid" and "my master's degree", where the suggested words (`has a disability`, `primary`)
 * make no sense. Each word is judged by its neighbours in the sentence, read from the source:
 *
 * - `special`: only before a word for people, needs or schooling ("special needs", "special
 *   education", "special kids"); not "special thanks", "a special day".
 * - `challenged`: only after an adverb that makes it a euphemism ("mentally challenged"), or
 *   between an article and a word for people ("a challenged child"); not the verb ("it challenged
 *   me", "I felt challenged by the reading").
 * - `invalid`: only as a noun, after an article and at the end of its clause ("an invalid."); not
 *   the adjective ("an invalid date", "the form was invalid").
 * - `master`: not a degree ("a master's", "my masters", "Master of Science", "master's degree",
 *   "masters course") and not the verb ("to master the basics"). "master the art" is a phrase of
 *   its own.
 */

const PEOPLE =
  /^(?:people|persons?|kids?|child(?:ren)?|students?|pupils?|learners?|adults?|individuals?|men|women|man|woman|boys?|girls?|population|folks?|users?)$/i;
const SPECIAL_BEFORE =
  /^(?:needs?|ed|education|educational|school(?:s|ing)?|class(?:es)?|unit|units|olympians?)$/i;
const EUPHEMISM_ADVERB =
  /^(?:mentally|physically|intellectually|developmentally|cognitively|visually|aurally|vertically|hearing|learning|emotionally|socially|medically|differently)$/i;
const ARTICLE = /^(?:a|an|the|this|that|these|those|such|my|our|your|his|her|their|its)$/i;
const DEGREE_AFTER =
  /^(?:degrees?|programm?es?|courses?|students?|thesis|dissertation|level|studies|study|classes|class|candidates?|in)$/i;
/** Words before `master` that make it a verb: "to master", "can master", "we master". */
const VERB_BEFORE =
  /^(?:to|can|could|will|would|should|must|might|may|shall|i|we|you|they|and|or|finally|eventually|slowly|truly|fully)$/i;

/**
 * The neutral word of a pair whose male form retext-equality flags: in today's usage `host` is
 * the word for anyone who hosts (a podcast, a meetup, a dinner), and "Host:" heads every other
 * line of a podcast's transcript; `hostess` is the gendered one, and is still flagged, with
 * `host` suggested first.
 */
export const NEUTRAL_FORM: Readonly<Record<string, string>> = {
  hostess: 'host',
  hostesses: 'hosts',
};
const NEUTRAL = new Set(Object.values(NEUTRAL_FORM));

/** The word right before `offset` in its clause (no sentence or clause punctuation between). */
function wordBefore(text: string, offset: number): string | undefined {
  const match = /([\p{L}][\p{L}'’-]*)[\s*_"“”‘()[\]]*$/u.exec(
    text.slice(Math.max(0, offset - 60), offset),
  );
  return match?.[1];
}

/** The words right after `end` in its clause, up to `count` of them. */
function wordsAfter(text: string, end: number, count: number): string[] {
  const words: string[] = [];
  const rest = text.slice(end, end + 80);
  const pattern = /^[\s*_"“”‘()[\]]*([\p{L}][\p{L}'’-]*)/u;
  let at = 0;
  while (words.length < count) {
    const match = pattern.exec(rest.slice(at));
    if (!match) break;
    words.push(match[1]!);
    at += match[0].length;
  }
  return words;
}

/** Whether retext-equality's finding is a word it flags in a sense the text does not use. */
export function inOtherSense(finding: FoundWord, text: string): boolean {
  if (finding.kind !== 'insensitive') return false;
  const word = finding.word.toLowerCase().replace(/’/g, "'");
  if (NEUTRAL.has(word)) return true;
  const before = wordBefore(text, finding.offset);
  const [next, second] = wordsAfter(text, finding.end, 2);
  switch (word) {
    case 'special':
      return !(next && (SPECIAL_BEFORE.test(next) || PEOPLE.test(next)));
    case 'challenged':
      return !(
        (before && EUPHEMISM_ADVERB.test(before)) ||
        (before && ARTICLE.test(before) && next && PEOPLE.test(next))
      );
    case 'invalid':
      return !(before && /^(?:an?|the)$/i.test(before) && next === undefined);
    case 'master':
      if (next && DEGREE_AFTER.test(next)) return true;
      if (next?.toLowerCase() === 'of' && second && /^\p{Lu}/u.test(second)) return true;
      return before !== undefined && VERB_BEFORE.test(before);
    case "master's":
      return true;
    case 'masters':
      // "my masters", "a masters course": the degree; "masters and servants" stays flagged.
      return (
        (before !== undefined && /^(?:an?|my|your|his|her|our|their)$/i.test(before)) ||
        (next !== undefined && DEGREE_AFTER.test(next))
      );
    default:
      return false;
  }
}

/**
 * The findings a reader should see: none in another sense, and one per place: retext-equality
 * reports `special` and `special needs` at the same word, and the longer phrase says more.
 */
export function inTheirSense<T extends FoundWord>(findings: T[], text: string): T[] {
  const kept = findings.filter((finding) => !inOtherSense(finding, text));
  return kept.filter(
    (finding) =>
      !kept.some(
        (other) =>
          other !== finding &&
          other.kind === finding.kind &&
          other.offset <= finding.offset &&
          other.end >= finding.end &&
          other.end - other.offset > finding.end - finding.offset,
      ),
  );
}
