import type { El, Model, Node } from '../core/model.ts';
import { attr, isHidden, readableText, type CheckContext, type Report } from '../core/policy.ts';
import { isLink } from '../core/controls.ts';
import type { GateRule } from '../core/rule.ts';
import { fileLanguage } from '../writing/language.ts';

/**
 * `link-purpose` (a warning): a link whose whole text says nothing about where it goes ("click
 * here", "read more"). Screen reader users often move through a page by its links, listed or
 * read one after another out of their sentences, where ten links called "here" cannot be told
 * apart (WCAG 2.4.4, Link Purpose in Context, and 2.4.9, Link Purpose, Link Only). The phrases
 * are English, as markdownlint's MD059 and accessibility checkers' "suspicious link text" are,
 * and, in a post in German, Spanish, French, Italian, Dutch or Portuguese, that language's too;
 * only a link's whole text is judged, so "[the slides from here](…)" passes. A link named by
 * `aria-label` or `aria-labelledby`, or holding an image or a component, is left alone. Sources
 * only, as the other warnings (the build goes on past a warning, and a built page would report
 * the entry's links a second time); the site's own `.astro` files are read for it too
 * (source/astro-file.ts).
 */

/**
 * Link text that names no destination in any context, once lower-cased and stripped of
 * punctuation. A noun ("Website", "Slides") says what is there once the sentence or the table
 * row around it names whose, which WCAG 2.4.4 accepts, so it is not on the list.
 */
const VAGUE = new Set([
  'click',
  'click here',
  'click this',
  'click this link',
  'here',
  'this',
  'this link',
  'link',
  'a link',
  'link here',
  'go',
  'go here',
  'more',
  'read more',
  'learn more',
  'see more',
  'more info',
  'more information',
  'more here',
  'find out more',
  'continue',
  'continue reading',
]);

/**
 * The same in the languages, besides English, that posts here are most often written in, by
 * primary language subtag: the words a link has in a post in that language (its frontmatter
 * `lang`, else the site's) or inside an element of that `lang`. English's list holds in every
 * language, as English link text is as common in a Spanish post as in an English one. Compared
 * without accents, so "aqui" is "aquí".
 */
const VAGUE_BY_LANGUAGE: Record<string, string[]> = {
  de: [
    'hier',
    'hier klicken',
    'klicken sie hier',
    'klick hier',
    'dieser link',
    'mehr',
    'mehr lesen',
    'weiterlesen',
    'weiter lesen',
    'mehr erfahren',
    'mehr infos',
    'mehr informationen',
    'mehr dazu',
    'weiter',
  ],
  es: [
    'aqui',
    'haz clic aqui',
    'haga clic aqui',
    'clic aqui',
    'click aqui',
    'pulsa aqui',
    'pulse aqui',
    'este enlace',
    'enlace',
    'mas',
    'leer mas',
    'ver mas',
    'saber mas',
    'mas informacion',
    'continuar',
    'continuar leyendo',
    'seguir leyendo',
  ],
  fr: [
    'ici',
    'cliquez ici',
    'clique ici',
    'cliquer ici',
    'ce lien',
    'lien',
    'plus',
    'en savoir plus',
    'lire la suite',
    'lire plus',
    'voir plus',
    'plus d informations',
    'plus d infos',
    'la suite',
    'suite',
    'continuer',
    'continuer la lecture',
  ],
  it: [
    'qui',
    'clicca qui',
    'clicca',
    'questo link',
    'di piu',
    'leggi di piu',
    'leggi tutto',
    'scopri di piu',
    'maggiori informazioni',
    'altro',
    'continua',
    'continua a leggere',
  ],
  nl: [
    'hier',
    'klik hier',
    'deze link',
    'meer',
    'lees meer',
    'meer lezen',
    'lees verder',
    'verder lezen',
    'meer informatie',
    'meer info',
    'verder',
  ],
  pt: [
    'aqui',
    'clique aqui',
    'clica aqui',
    'este link',
    'mais',
    'leia mais',
    'ler mais',
    'saiba mais',
    'ver mais',
    'mais informacoes',
    'continuar',
    'continuar lendo',
    'continuar a ler',
  ],
};
const VAGUE_SETS = new Map(
  Object.entries(VAGUE_BY_LANGUAGE).map(([lang, phrases]) => [lang, new Set(phrases)]),
);

/** Whether link text, lower-cased, without punctuation or accents, names no destination in a language. */
function vague(plain: string, lang: string): boolean {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return VAGUE.has(plain) || !!VAGUE_SETS.get(primary)?.has(plain);
}

/** The language a link's text is in: the nearest `lang` around it, else the file's. */
function languageAt(el: El, fileLang: string): string {
  for (let node: El | undefined = el; node; node = node.parent) {
    const lang = attr(node, 'lang');
    if (typeof lang === 'string' && lang.trim()) return lang;
  }
  return fileLang;
}

/** What a reader hears as the link's text; undefined when something other than text names it. */
function linkText(el: El): string | undefined {
  if (attr(el, 'aria-label') !== undefined || attr(el, 'aria-labelledby') !== undefined)
    return undefined;
  const textOnly = (node: Node): boolean =>
    node.kind === 'text' ||
    (node.origin === 'html' &&
      !['img', 'svg', 'picture', 'object', 'embed', 'iframe'].includes(node.name) &&
      node.children.every(textOnly));
  if (!el.children.every(textOnly)) return undefined;
  const { text, dynamic } = readableText(el, 'tree');
  return dynamic ? undefined : text.replace(/\s+/g, ' ').trim();
}

export function checkLinkPurpose(model: Model, ctx: CheckContext, report: Report): void {
  const fileLang = fileLanguage(model.frontmatter?.data ?? {}, ctx.config.lang);
  for (const el of model.elements) {
    if (!isLink(el) || isHidden(el)) continue;
    const text = linkText(el);
    if (!text) continue;
    const plain = text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    // No words at all, only a symbol: 🔗, →, », which a screen reader reads by its name ("link
    // symbol", "right arrow"), in any language.
    const symbolOnly = plain === '' && /[\p{S}\p{P}]/u.test(text);
    if (!vague(plain, languageAt(el, fileLang)) && !symbolOnly) continue;
    const fix =
      el.note === 'markdown'
        ? 'put the words that say what is there between the brackets, [the slides from week three](…)'
        : 'put the words that say what is there inside the link, <a href="…">the slides from week three</a>';
    report(
      el,
      symbolOnly
        ? `Link text "${text}" is only a symbol, which a screen reader reads by its name, not where the link goes: ${fix}`
        : `Link text "${text}" does not say where the link goes, and screen reader users often hear a page's links on their own: ${fix}`,
    );
  }
}

/**
 * `link-purpose` (a warning): a link whose whole text names no destination: "click here", "here", "read more", "learn more", "link", "more" and the like (English phrases, as markdownlint's MD059 checks, and in a post or an element in German, Spanish, French, Italian, Dutch or Portuguese their own: "aquí", "cliquez ici", "weiterlesen"), or only a symbol (`[🔗](…)`, `→`, `»`), which a screen reader reads by its name. Screen reader users often hear a page's links listed on their own, where they cannot be told apart (WCAG 2.4.4 and 2.4.9). A link named by `aria-label` or `aria-labelledby`, or holding an image or a component, is left alone, and so is a link whose text says more ("the slides from here").
 *
 * @fix Put the words that say what is there in the link: "the [slides from week three](…) are online", not "the slides are [here](…)".
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   The [slides from week three](https://example.org/slides) are online.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   The slides are [here](https://example.org/slides).
 *
 *   [Read more](https://example.org/report)
 *
 *   Our campaign page [🔗](https://example.org/campaign)
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:16-1:50: Link text "here" does not say where the link goes, and screen reader users often hear a page's links on their own: put the words that say what is there between the brackets, [the slides from week three](…)
 *   3:1-3:40: Link text "Read more" does not say where the link goes, and screen reader users often hear a page's links on their own: put the words that say what is there between the brackets, [the slides from week three](…)
 *   5:19-5:53: Link text "🔗" is only a symbol, which a screen reader reads by its name, not where the link goes: put the words that say what is there between the brackets, [the slides from week three](…)
 */
const rule: GateRule = { id: 'link-purpose', severity: 'warning', source: checkLinkPurpose };
export default rule;
