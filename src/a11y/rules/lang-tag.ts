import { DYNAMIC, type El, type Model } from '../core/model.ts';
import { attr, isNotRendered, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { languageAdvice } from '../../lib/site/lang.ts';
import { attributeValueAt } from '../core/written-attribute.ts';

/**
 * Whether a reader gets text in the language an element's `lang` names: text, or an image's
 * alt text, inside it, not inside a descendant with a `lang` of its own, and rendered. What
 * only the build knows (`{word}`, a component) may be text, and counts.
 */
function inheritsText(el: El): boolean {
  for (const child of el.children) {
    if (child.kind === 'text') {
      if (child.value === DYNAMIC || child.value.trim()) return true;
      continue;
    }
    if (attr(child, 'lang') !== undefined || isNotRendered(child)) continue;
    if (child.origin !== 'html') return true;
    const alt = attr(child, 'alt');
    if (child.name === 'img' && (alt === DYNAMIC || (typeof alt === 'string' && alt.trim())))
      return true;
    if (inheritsText(child)) return true;
  }
  return false;
}

/**
 * `lang-tag`: a part of a page in another language says which one in words a screen reader
 * knows. `<span lang="es">` makes it read the Spanish with a Spanish voice (WCAG 3.1.2, Language
 * of Parts); `lang="spanish"` names no language, and the words are read with the wrong voice,
 * or not at all (ACT rule de46e4). Checked where an element holds text it passes its language
 * to. `lang=""` (the language is unknown) is allowed; the page's own `<html lang>` is
 * `page-lang`'s.
 */
export function checkLangTag(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (el.origin !== 'html' || el.name === 'html') continue;
    const lang = attr(el, 'lang');
    if (typeof lang !== 'string' || lang === '') continue;
    if (isNotRendered(el) || !inheritsText(el)) continue;
    if (!lang.trim()) {
      report(
        el,
        `<${el.name}> has lang="${lang}", which names no language: write the language of its words, e.g. lang="fr", or remove lang`,
      );
      continue;
    }
    const advice = languageAdvice(lang);
    if (!advice) continue;
    // The tag itself where it is certain (a language's name, `en_US`): a built page has no fix.
    const at =
      advice.code && ctx.layer === 'source' ? attributeValueAt(el, 'lang', model.text) : undefined;
    report(
      el,
      `<${el.name} lang="${lang.trim()}"> names no language a screen reader knows, so its words are read with the wrong voice: ${advice.hint}`,
      at && model.text.slice(at[0], at[1]) === lang
        ? { fix: { range: at, text: advice.code! } }
        : undefined,
    );
  }
}

/**
 * `lang-tag`: an element whose `lang` names no language (`lang="spanish"`, `lang="eng"`, `lang="#!"`, only spaces), around text it passes that language to (WCAG 3.1.2, ACT rule de46e4): a screen reader reads the words with the wrong voice. A language's name, an ISO 639-2 code or a tag with underscores gets its tag in the message (`spanish` → `es`, `eng` → `en`, `en_US` → `en-US`). `lang=""` passes, and so does every language of the IANA registry, named by the runtime or not (`oma`, Omaha-Ponca), and `und`.
 *
 * @fix Write the language's BCP 47 tag (`lang="es"`, `lang="pt-BR"`). `npm run check -- --fix` writes it where the value is a language's name (`spanish`), an ISO 639-2 code (`eng`) or a tag with underscores (`en_US`).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Our motto at the track was <span lang="es">poco a poco</span>.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   Our motto at the track was <span lang="spanish">poco a poco</span>.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:28-1:67: <span lang="spanish"> names no language a screen reader knows, so its words are read with the wrong voice: write es
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <p>The sign said <span lang="nl">Welkom</span> and, under it, <span lang="">a word nobody could read</span>.</p>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <p>The sign said <span lang="Nederlands">Welkom</span>.</p>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:18-1:55: <span lang="Nederlands"> names no language a screen reader knows, so its words are read with the wrong voice: write nl
 */
const rule: GateRule = {
  id: 'lang-tag',
  severity: 'error',
  source: checkLangTag,
  html: checkLangTag,
};
export default rule;
