/**
 * `npm run agreement:hashtags -- <checkout of mounicam/hashtag_master>`: the `hashtags` rule over
 * the hashtags of published hashtag segmentation test sets, each with the words a person split
 * it into (Maddela and Xu, ACL 2019: their test and dev sets, `data/our_dataset/*_corrected.tsv`,
 * and Bansal et al.'s STAN set as they corrected it, `data/bansal_dataset/bansal_corrected.tsv`;
 * each line a tweet, its hashtag, then its segmentations). Only the hashtags the rule judges are
 * counted: in lower case, a capital first allowed, with a run of five letters. Each is written
 * into a post as a reader would meet it, and the rule's warnings are compared with the first
 * segmentation: how many it warns at are of several words (its precision), how many of several
 * words it warns at (its recall), and how many it splits exactly as the person did.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gateConfig } from '../src/a11y/core/config.ts';
import { rules } from '../src/a11y/rules/index.ts';
import { checkSource, createSourceProcessor } from '../src/a11y/source/check.ts';

export const SETS = [
  'data/our_dataset/test_corrected.tsv',
  'data/our_dataset/dev_corrected.tsv',
  'data/bansal_dataset/bansal_corrected.tsv',
];

export interface HashtagAgreement {
  /** Distinct hashtags the rule judges. */
  hashtags: number;
  /** Of those, the ones a person split into several words. */
  ofSeveralWords: number;
  /** Hashtags the rule warned at. */
  warned: number;
  /** Warned at, and of several words. */
  right: number;
  /** Warned at with the capitals of the person's words. */
  exact: number;
  /** Warned at though a person left it one word, with the capitals the rule asked for. */
  wrong: string[];
}

/** A hashtag the rule judges: lower case (a capital first allowed), a run of five letters. */
const JUDGED = /^(?=.*[a-z]{5})[A-Za-z0-9_]+$/;

/** The hashtags of a set's lines, once each, with the first segmentation given for them. */
export function hashtagsOf(tsv: string): { hashtag: string; words: string }[] {
  const seen = new Set<string>();
  const found: { hashtag: string; words: string }[] = [];
  for (const line of tsv.split('\n')) {
    const [, hashtag, words] = line.split('\t').map((column) => column.trim());
    if (!hashtag || !words || !JUDGED.test(hashtag) || /[A-Z]/.test(hashtag.slice(1))) continue;
    if (seen.has(hashtag.toLowerCase())) continue;
    seen.add(hashtag.toLowerCase());
    found.push({ hashtag, words });
  }
  return found;
}

/** The rule over every hashtag of the sets a checkout holds, one post line each. */
export async function compareCheckout(checkout: string): Promise<HashtagAgreement> {
  const files = SETS.map((set) => join(checkout, set)).filter((file) => existsSync(file));
  if (files.length === 0)
    throw new Error(`${checkout} holds none of ${SETS.join(', ')}: give a clone of hashtag_master`);
  const tags = files.flatMap((file) => hashtagsOf(readFileSync(file, 'utf8')));
  const config = gateConfig();
  const processor = createSourceProcessor(
    config,
    rules.filter((rule) => rule.id === 'hashtags'),
  );
  // One post, a hashtag a line: line n + 7 (after the frontmatter and a blank line) holds tag n.
  const body = tags.map(({ hashtag }) => `This week I followed #${hashtag} closely.`).join('\n\n');
  const text = `---\ntitle: Hashtags\ndescription: Hashtags I followed.\npubDate: 2026-01-01\n---\n\n${body}\n`;
  const problems = await checkSource(processor, join(checkout, 'content/posts/hashtags.md'), text);
  const asked = new Map<number, string>();
  for (const problem of problems) {
    const written = /write `#(\w+)`/.exec(problem.message)?.[1];
    if (problem.ruleId === 'hashtags' && written) asked.set((problem.line - 7) / 2, written);
  }
  const agreement: HashtagAgreement = {
    hashtags: tags.length,
    ofSeveralWords: 0,
    warned: asked.size,
    right: 0,
    exact: 0,
    wrong: [],
  };
  tags.forEach(({ hashtag, words }, index) => {
    const several = words.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length > 1;
    if (several) agreement.ofSeveralWords++;
    const written = asked.get(index);
    if (!written) return;
    if (!several) agreement.wrong.push(`#${hashtag} → #${written} (one word: ${words})`);
    else {
      agreement.right++;
      const split = written.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase();
      if (split === words.toLowerCase()) agreement.exact++;
    }
  });
  return agreement;
}

const percent = (part: number, whole: number) =>
  whole ? `${((part / whole) * 100).toFixed(1)}%` : 'n/a';

if (import.meta.main) {
  const checkout = process.argv[2];
  if (!checkout) {
    console.error('usage: npm run agreement:hashtags -- <path of a clone of hashtag_master>');
    process.exit(2);
  }
  try {
    const a = await compareCheckout(checkout);
    console.log(
      `${a.hashtags} hashtags in lower case, ${a.ofSeveralWords} of several words by their segmentation`,
    );
    console.log(
      `warned at ${a.warned}: ${a.right} of several words (${percent(a.right, a.warned)}), ${a.exact} split exactly as a person did; found ${percent(a.right, a.ofSeveralWords)} of those of several words`,
    );
    console.log(`warned at ${a.wrong.length} a person left one word:\n  ${a.wrong.join('\n  ')}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
