import type { El, Model } from '../core/model.ts';
import { attr, type CheckContext, type Report } from '../core/policy.ts';
import { isLink } from '../core/controls.ts';
import type { GateRule } from '../core/rule.ts';
import type { Fix } from '../core/types.ts';
import { FRONTMATTER } from '../core/source-files.ts';
import {
  wrappedLink,
  wrappedLinkMessage,
  wrappedLinksInYaml,
} from '../../lib/site/link-wrappers.ts';

/**
 * The fix that writes `target` wherever the element's source writes the address as its `href`
 * has it (HTML may write `&` as `&amp;`): in the link, and in its text where that shows the same
 * address. Undefined where the source writes it otherwise.
 */
function addressWritten(
  el: El,
  model: Model,
  href: string,
  target: string,
): { fix: Fix } | undefined {
  if (el.end === undefined) return undefined;
  const text = model.text.slice(el.offset, el.end);
  const form = [href, href.replace(/&/g, '&amp;')].find((each) => text.includes(each));
  if (!form) return undefined;
  const start = text.indexOf(form);
  const end = text.lastIndexOf(form) + form.length;
  return {
    fix: {
      range: [el.offset + start, el.offset + end],
      text: text.slice(start, end).replaceAll(form, target),
    },
  };
}

/**
 * `wrapped-link` (a warning): a link copied with the wrapper of the email, chat or site it was
 * copied from (src/lib/site/link-wrappers.ts). The page works for its author, and every reader is
 * sent through another service: Outlook's Safe Links stop readers outside the university and
 * carry the student's email address, Google shows its "Redirect notice", a mail filter's link
 * expires. The address it leads to is in the wrapper, so the fix writes it, where the link's
 * text writes the address as its `href` has it (a Markdown link, an autolink, an `<a href>`).
 */
export function checkWrappedLinks(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (!isLink(el)) continue;
    const href = attr(el, 'href');
    if (typeof href !== 'string') continue;
    const found = wrappedLink(href);
    if (!found) continue;
    // A Markdown link's address ends at an unbalanced parenthesis: such a target is the
    // author's to write, in angle brackets.
    const fits =
      found.target &&
      (el.note !== 'markdown' ||
        (found.target.split('(').length === found.target.split(')').length &&
          !/[<>]/.test(found.target)));
    const fix = fits ? addressWritten(el, model, href, found.target!) : undefined;
    report(el, wrappedLinkMessage(href, found), fix);
  }
  // An event's or a cover's address in the frontmatter, published as a link too.
  const block = FRONTMATTER.exec(model.text);
  if (block)
    for (const { offset, message: said, fix } of wrappedLinksInYaml(model.text, 0, block[0].length))
      report(offset, said, fix && { fix });
}

/**
 * `wrapped-link`: a link copied with the wrapper of the email, chat or site it came from, which sends every reader through that service: Outlook's Safe Links (`https://eur01.safelinks.protection.outlook.com/?url=…`, as a link copied from a university email is written, carrying the address it was sent to), Teams' Safe Links, the mail filters Proofpoint, Mimecast and Barracuda, Google's redirect (`https://www.google.com/url?q=…`, from a search result, Gmail or a Google Doc) and those of Facebook, Instagram, LinkedIn, Slack and YouTube. In the text's links, and in the addresses of an entry's frontmatter (a guide's event's `url`) and of a network file (a person's or a platform's `url`), which pages publish as links too.
 *
 * @fix Write the address the link leads to, which the message gives (`npm run check -- --fix` writes it, in the link and in its text where that shows the same address); for Mimecast's, which does not say, open the link and copy the address the browser ends at.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   The [FIA's sustainability report](https://www.fia.com/sustainability) sets the targets.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   The [FIA's sustainability report](https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.fia.com%2Fsustainability&data=05%7C02%7Csam%40uni.ac.uk%7C0a1b&reserved=0) sets the targets.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:5-1:179: Link https://eur01.safelinks.protection.outlook.com/?url=https… goes through Outlook's Safe Links, as links copied from an email do: every reader is sent through that service first, which may warn them, stop them or have expired, and carries the email address it was sent to: write the address it leads to, https://www.fia.com/sustainability
 */
const rule: GateRule = {
  id: 'wrapped-link',
  severity: 'warning',
  source: checkWrappedLinks,
};
export default rule;
