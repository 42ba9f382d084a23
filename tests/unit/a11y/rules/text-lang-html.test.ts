import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkPage } from '../../../../src/a11y/html/check.ts';
import textLang from '../../../../src/a11y/rules/text-lang.ts';

const SPANISH =
  'Mi compañera respondió: la Fórmula 1 quiere ser neutra en carbono en 2030, pero los viajes de los aficionados son la mayor parte de sus emisiones y nadie habla de eso en las redes.';
const ENGLISH =
  'This week I asked my network one question: what is Formula 1 doing to cut its emissions? The answers came in three languages, and they taught me more than any article I read during the course. Next week I will ask who is missing from the conversation, and why their voices matter.';
const ARABIC =
  'سألت شبكتي هذا الأسبوع سؤالاً واحداً عن الاستدامة في الفورمولا 1، وجاءت الإجابات بثلاث لغات وعلمتني أكثر من أي مقال قرأته خلال الدورة. في الأسبوع القادم سأسأل عن الأصوات الغائبة عن الحوار.';

const page = (lang: string, main: string, article = '') =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body><nav>Home Posts Tags</nav><main${article}>${main}</main></body></html>`;

/** `line:column message` of text-lang's problems on one built page. */
const check = (html: string) =>
  checkPage(html, gateConfig(), { rules: [textLang] }).problems.map(
    (p) => `${p.line}:${p.column} ${p.message}`,
  );

describe('text-lang on built pages', () => {
  it('points at a <p> in another language than its page, and its own lang passes', () => {
    expect(check(page('en', `<p>${ENGLISH}</p><p>${SPANISH}</p>`))).toEqual([
      expect.stringMatching(
        /^1:\d+ This paragraph reads as Spanish \(español\), in a page in English, so screen readers read it with the page's voice: write <p lang="es">$/,
      ),
    ]);
    expect(check(page('en', `<p>${ENGLISH}</p><p lang="es">${SPANISH}</p>`))).toEqual([]);
    expect(check(page('en', `<p>${ENGLISH}</p><p>${ARABIC}</p>`))).toEqual([
      expect.stringMatching(/write <p lang="ar" dir="rtl">$/),
    ]);
  });

  it('points at an <html lang> its page’s words do not read as', () => {
    expect(check(page('ar', `<p>${ENGLISH}</p><p>${ENGLISH}</p>`))).toEqual([
      '1:16 This page reads as English, but its <html lang="ar"> says Arabic (العربية), so screen readers read it with the wrong voice and search stems its words wrongly: write lang="en"',
    ]);
    expect(check(page('ar', `<p>${ARABIC}</p><p>${ARABIC}</p>`))).toEqual([]);
  });

  it('leaves an entry’s page to the source layer, and a page with no lang to page-lang', () => {
    expect(
      check(
        page('en', `<p>${SPANISH} ${SPANISH}</p>`, ' data-commonplace-source="content/posts/a.md"'),
      ),
    ).toEqual([]);
    expect(
      check(
        `<!doctype html><html><head><title>T</title></head><body><main><p>${SPANISH} ${SPANISH}</p></main></body></html>`,
      ),
    ).toEqual([]);
  });

  it('leaves what a listing quotes from an entry to that entry, and judges the rest of the page', () => {
    const card = (text: string) =>
      `<li data-commonplace-excerpt><h2><a href="/posts/a/">Semana 4</a></h2><p>${text}</p></li>`;
    // The card's words are the entry's: its own check names the entry's lang, where it is written.
    expect(
      check(page('en', `<h1>Reflections</h1><ul>${card(SPANISH)}${card(SPANISH)}</ul>`)),
    ).toEqual([]);
    // Without the mark, the same words on the page are its own, and reported there.
    expect(
      check(page('en', `<h1>Reflections</h1><ul><li><p>${SPANISH} ${SPANISH}</p></li></ul>`)),
    ).toEqual([expect.stringMatching(/^1:\d+ This page reads as Spanish/)]);
    // The listing's own words still count.
    expect(check(page('en', `<p>${SPANISH} ${SPANISH}</p><ul>${card(ENGLISH)}</ul>`))).toEqual([
      expect.stringMatching(/^1:\d+ This page reads as Spanish/),
    ]);
  });
});
