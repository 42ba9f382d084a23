import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';
import { collectProse } from '../writing/prose.ts';
import { findWords, mayHoldFlaggedWord, normalizeWord, type Finding } from '../writing/words.ts';
import { isEnglish, languageName } from '../../lib/site/lang.ts';
import { fileLanguage, frontmatterAllowList } from '../writing/language.ts';
import { inTheirSense } from '../writing/senses.ts';
import { entryParagraphsInOtherLanguage, readingOf } from '../writing/text-language.ts';

const code = (word: string) => `\`${word}\``;

/** `a`, `b` or `c`; long lists are cut at five, the ones retext-equality ranks first. */
function alternatives(words: string[]): string {
  const shown = words.slice(0, 5).map(code);
  const last = shown.pop()!;
  const list = shown.length ? `${shown.join(', ')} or ${last}` : last;
  return words.length > 5 ? `${list} (or similar)` : list;
}

const ALLOW_HINT = 'or list it in allowWords with a reason if you quote it on purpose';

/** What a file in another language gets instead of findings: that it was not checked, and why. */
export function notEnglishMessage(lang: string): string {
  return `Not checked for inclusive language: the writing checks read English, and this file is in ${languageName(lang, 'en')} (lang: ${lang}); ask a fluent reader to look over its words and name them in the frontmatter (fluentReader: …), or set this rule to 'off' for a site not written in English`;
}

/** What is wrong, then what to do. */
export function inclusiveLanguageMessage(finding: Finding): string {
  const word = code(finding.word);
  if (finding.kind === 'profane')
    return `${word} may be profane: rephrase without it, ${ALLOW_HINT}`;
  const when = finding.condition ? ` ${finding.condition}` : '';
  if (finding.suggestions.length) {
    return `${word} may be insensitive${when}: write ${alternatives(finding.suggestions)} instead, ${ALLOW_HINT}`;
  }
  const why = finding.why ? ` (${finding.why})` : '';
  return `${word} may be insensitive${when}${why}: rephrase without it, ${ALLOW_HINT}`;
}

/**
 * `inclusive-language`: retext-equality over the prose a reader reads (body text, headings,
 * lists, tables, alt text, captions and titles in attributes, frontmatter values such as
 * `title` and `coverAlt`), never code, URLs, ESM, expressions or frontmatter keys. Words on
 * `site.writing.allow` or the file's `allowWords` pass. Profanities with `site.writing.profanities`.
 */
const checkInclusiveLanguage: SourceCheck = (model, ctx, _report, { tree, file }) => {
  const { writing, lang: siteLang } = ctx.config;
  const text = String(file.value ?? '');
  // The gate's model of this file is built once and shared by the rules: its frontmatter data
  // saves reading the YAML again.
  const frontmatter = model.frontmatter?.data ?? {};
  const lang = fileLanguage(frontmatter, siteLang);
  if (!isEnglish(lang)) {
    // A person has read it for what the check cannot: nothing is left to say.
    const reader = frontmatter.fluentReader;
    if (typeof reader === 'string' && reader.trim()) return;
    // retext-equality knows English words only: say so once, where the language is set.
    const at = model.frontmatter && 'lang' in frontmatter ? model.frontmatter.offsetOf('lang') : 0;
    file.message(notEnglishMessage(lang), new Locator(text).point(at));
    return;
  }
  // A post written in another language that its page calls English: `text-lang` says which
  // language to set, and English words read into it (Spanish `son`, German `man`) are noise.
  if (readingOf(model, lang)?.english === false) return;
  // With profanities on, cuss's words count too: no shortcut, every text is tokenized. A
  // paragraph in another language, unmarked, is text-lang's to point at, not this rule's.
  const foreign = new Set(entryParagraphsInOtherLanguage(model, lang).map(({ el }) => el.offset));
  const prose = collectProse(
    tree,
    file,
    model,
    writing.profanities ? undefined : mayHoldFlaggedWord,
    foreign,
  );
  const allow = new Set(
    [...writing.allow, ...frontmatterAllowList(frontmatter)].map(normalizeWord),
  );
  const findings = inTheirSense(
    findWords(prose, text, { profanities: writing.profanities, allow }),
    text,
  );
  if (findings.length === 0) return;
  const locator = new Locator(text);
  for (const finding of findings) {
    file.message(inclusiveLanguageMessage(finding), {
      place: {
        start: locator.point(finding.offset),
        end: locator.point(finding.end),
      },
    });
  }
};

/**
 * `inclusive-language` (see [Writing checks](#writing-checks)): gendered, ableist and other insensitive words, with [retext-equality](https://github.com/retextjs/retext-equality), in the text readers see. A file not in English gets a note that it was not checked, once, unless its frontmatter names the `fluentReader` who looked it over.
 *
 * @fix Use the word the message suggests, or list the word in `allowWords` with a reason if you quote it on purpose.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Hey everyone, the campaign needs a chairperson.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   Hey guys, the campaign needs a chairman.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:5-1:9: `guys` may be insensitive: write `people`, `persons` or `folks` instead, or list it in allowWords with a reason if you quote it on purpose
 *   1:32-1:40: `chairman` may be insensitive: write `chair`, `head`, `chairperson`, `coordinator` or `committee head` (or similar) instead, or list it in allowWords with a reason if you quote it on purpose
 */
const rule: GateRule = {
  id: 'inclusive-language',
  severity: 'warning',
  source: checkInclusiveLanguage,
};
export default rule;
