import { entryCollectionOf } from '../core/content-index.ts';
import type { El } from '../core/model.ts';
import { attr } from '../core/policy.ts';
import type { GateRule, ModelCheck } from '../core/rule.ts';
import { SOURCE_ATTRIBUTE } from '../../lib/site/page-markers.ts';
import { documentElement } from './page-lang.ts';
import {
  langAttributes,
  langMarkup,
  languageName,
  languageProblem,
  sameLanguage,
} from '../../lib/site/lang.ts';
import { fileLanguage } from '../writing/language.ts';
import {
  entryParagraphsInOtherLanguage,
  paragraphsInOtherLanguage,
  proseOf,
  readingOf,
  readLanguage,
  readText,
  type Reading,
} from '../writing/text-language.ts';

const KIND = { posts: 'post', guides: 'guide', pages: 'page' } as const;

/**
 * `text-lang`: an entry whose words are in another language than the one its page will say. A
 * learner who writes a post in Spanish on an English site, and does not know about `lang`,
 * publishes a page that says `lang="en"`: screen readers read it with an English voice, search
 * stems its words as English, and the English writing checks misread it (`son`, `man`, `her`
 * are everyday words in Spanish, German and Turkish). The language is read from the words
 * (src/a11y/writing/text-language.ts). Only English is told apart from the rest: a post in
 * English on a site in another language, or in another language on an English site. In a post
 * in the language it says, an unmarked paragraph of 25 words or more in another (a classmate's
 * reply quoted in Spanish) is pointed at too, with the `lang` to mark it with (WCAG 3.1.2).
 * Two languages neither of which is English are left to the author.
 */
const checkTextLang: ModelCheck = (model, ctx, report) => {
  const collection = entryCollectionOf(ctx.file);
  if (!collection) return;
  const data = model.frontmatter?.data ?? {};
  const says = fileLanguage(data, ctx.config.lang);
  const kind = KIND[collection];
  const written = otherThan(readingOf(model, says), says);
  if (written) {
    const declared = typeof data.lang === 'string' && data.lang.trim() !== '';
    const message = declared
      ? `This ${kind} reads as ${written.name}, but its lang, ${says}, says ${name(says)}, so screen readers read it with the wrong voice and search stems its words wrongly: write lang: ${written.tag}`
      : `This ${kind} reads as ${written.name}, but it sets no lang, so its page says it is in ${name(says)}, the site's language, and screen readers read it with the wrong voice: add lang: ${written.tag} to its frontmatter`;
    report(model.frontmatter ? model.frontmatter.offsetOf('lang') : 0, message);
    return;
  }
  // The file is in the language it says: a paragraph in another, unmarked, is read with the
  // file's voice (WCAG 3.1.2).
  for (const { el, reading: part } of entryParagraphsInOtherLanguage(model, says))
    reportPart(el, part, says, kind, report);
};

/**
 * The same on a built page (`npm run check:html` over any site, and the pages of `src/pages/`):
 * the text of its `<main>` (else its `<body>`) against its `<html lang>`. A page built from an
 * entry is left to the source layer, which reads the entry where its fix is written, and so are
 * the titles and descriptions a listing quotes from entries (EXCERPT_ATTRIBUTE).
 */
const checkPageTextLang: ModelCheck = (model, _ctx, report) => {
  const html = documentElement(model);
  const lang = html && attr(html, 'lang');
  // No lang, or none a screen reader knows: page-lang's to report.
  if (!html || typeof lang !== 'string' || !lang.trim() || languageProblem(lang)) return;
  if (model.elements.some((el) => el.attrs[SOURCE_ATTRIBUTE] !== undefined)) return;
  const from =
    model.elements.find((el) => el.name === 'main') ??
    model.elements.find((el) => el.name === 'body' && el.origin === 'html');
  if (!from) return;
  const says = lang.trim();
  const prose = proseOf(from);
  const written = otherThan(readText(prose.sample, says), says);
  if (written) {
    report(
      html,
      `This page reads as ${written.name}, but its <html lang="${says}"> says ${name(says)}, so screen readers read it with the wrong voice and search stems its words wrongly: write lang="${written.tag}"`,
    );
    return;
  }
  for (const { el, reading: part } of paragraphsInOtherLanguage(prose, says))
    reportPart(el, part, says, 'page', report);
};

/**
 * A paragraph in another language than its document. Its own `lang` (and `dir`) is the fix for
 * a `<p>` (built, raw HTML or JSX); a paragraph written in Markdown has no tag to put it on, so
 * it goes inside a `<div lang>`, which keeps its Markdown in .md and .mdx alike when a blank
 * line stands on each side, or, in a list or a table, its text inside a `<span lang>`.
 */
function reportPart(
  el: El,
  part: Reading,
  says: string,
  kind: string,
  report: Parameters<ModelCheck>[2],
): void {
  const written = otherThan(part, says);
  if (!written) return;
  // Text in a script written the other way also needs its direction (`dir="rtl"`).
  const attributes = langMarkup(langAttributes(readLanguage(part)!, says)).trimStart();
  const fix =
    el.note !== 'markdown'
      ? `write <p ${attributes}>`
      : inListOrTable(el)
        ? `write its text inside <span ${attributes}>…</span>`
        : `put <div ${attributes}> on a line before it and </div> on a line after it, with a blank line between each and the paragraph`;
  report(
    el,
    `This paragraph reads as ${written.name}, in a ${kind} in ${name(says)}, so screen readers read it with the ${kind}'s voice: ${fix}`,
  );
}

/**
 * Inside a list item or a table cell, a `<div>` on lines of its own would end the list or the
 * table; an inline `<span>` around the text keeps both, and its Markdown, in .md and .mdx.
 */
function inListOrTable(el: El): boolean {
  for (let node = el.parent; node; node = node.parent)
    if (node.name === 'li' || node.name === 'td' || node.name === 'th') return true;
  return false;
}

const name = (tag: string) => languageName(tag, 'en');

/**
 * The language a reading names, when it is not the one the page says: its name for the
 * message, and the tag to write (`id (or ms)` where franc finds two as likely).
 */
function otherThan(
  reading: Reading | undefined,
  says: string,
): { name: string; tag: string } | undefined {
  const read = reading && readLanguage(reading);
  if (!read || sameLanguage(read, says)) return undefined;
  const also = reading!.alsoLang;
  return also
    ? { name: `${name(read)} or ${name(also)}`, tag: `${read} (or ${also})` }
    : { name: name(read), tag: read };
}

/**
 * `text-lang` (see [Posts in any language](#posts-in-any-language)): an entry written in another language than its page says, by its `lang` or else the site's: a post in Spanish on an English site that sets no `lang`, or one in English whose `lang` says German. Screen readers read the page with the wrong voice (WCAG 3.1.1) and search stems its words as the wrong language. In an entry in the language it says, a paragraph of 25 words or more in another, not marked with its language (WCAG 3.1.2). The language is read from the words: English by its short words, any other by [franc](https://github.com/wooorm/franc). Only English is told apart from the rest.
 *
 * @fix Set `lang` in the entry's frontmatter to the language it is written in (on a built page, its `<html lang>`): the tag the message names. For a paragraph, put `<div lang="es">` on a line before it and `</div>` on a line after it, with a blank line between each and the paragraph (`<div lang="ar" dir="rtl">` for a paragraph written right to left in a left-to-right post); in a list item or a table cell, its text inside `<span lang="es">…</span>`; for a `<p>`, and on a built page, `<p lang="es">`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   title: Una pregunta sobre la sostenibilidad
 *   lang: es
 *   ---
 *
 *   Esta semana hice una sola pregunta a mi red: ¿qué hace la Fórmula 1 para reducir sus emisiones? Las respuestas llegaron en tres idiomas y me enseñaron más que cualquier artículo que leí durante el curso. La próxima semana preguntaré a quién falta en la conversación.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Una pregunta sobre la sostenibilidad
 *   ---
 *
 *   Esta semana hice una sola pregunta a mi red: ¿qué hace la Fórmula 1 para reducir sus emisiones? Las respuestas llegaron en tres idiomas y me enseñaron más que cualquier artículo que leí durante el curso. La próxima semana preguntaré a quién falta en la conversación.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1: This post reads as Spanish (español), but it sets no lang, so its page says it is in English, the site's language, and screen readers read it with the wrong voice: add lang: es to its frontmatter
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <!doctype html><html lang="es"><head><title>Una pregunta</title></head><body><main><h1>Una pregunta</h1><p>Esta semana hice una sola pregunta a mi red: ¿qué hace la Fórmula 1 para reducir sus emisiones? Las respuestas llegaron en tres idiomas y me enseñaron más que cualquier artículo que leí durante el curso. La próxima semana preguntaré a quién falta en la conversación.</p></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <!doctype html><html lang="en"><head><title>Una pregunta</title></head><body><main><h1>Una pregunta</h1><p>Esta semana hice una sola pregunta a mi red: ¿qué hace la Fórmula 1 para reducir sus emisiones? Las respuestas llegaron en tres idiomas y me enseñaron más que cualquier artículo que leí durante el curso. La próxima semana preguntaré a quién falta en la conversación.</p></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:16-1:399: This page reads as Spanish (español), but its <html lang="en"> says English, so screen readers read it with the wrong voice and search stems its words wrongly: write lang="es"
 */
const rule: GateRule = {
  id: 'text-lang',
  severity: 'warning',
  source: checkTextLang,
  html: checkPageTextLang,
};
export default rule;
