import type { Model } from '../core/model.ts';
import { metaContent, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/** Twenty hours: a refresh later than this is, as WCAG 2.2.1 allows, no time limit. */
const LONGEST_SECONDS = 72_000;

/**
 * The delay of a `<meta http-equiv="refresh">`'s content, as the HTML standard's declarative
 * refresh reads it (digits first, then only digits and dots, then the end, `;`, `,` or a space);
 * undefined when a browser ignores it (`+5`, `0: url`, `foo`).
 */
export function refreshDelay(content: string): number | undefined {
  const match = /^[\t\n\f\r ]*(\d+)[\d.]*(?=$|[;,\t\n\f\r ])/.exec(content);
  return match ? Number(match[1]) : undefined;
}

/**
 * Where a `<meta http-equiv="refresh">` sends the reader (`0; url=/posts/x/`, `0; '/posts/x/'`),
 * as the HTML standard reads it; undefined for a refresh of the page itself or one a browser
 * ignores.
 */
export function refreshUrl(content: string): string | undefined {
  if (refreshDelay(content) === undefined) return undefined;
  const rest = content.replace(/^[\t\n\f\r ]*[\d.]+[\t\n\f\r ]*[;,]?[\t\n\f\r ]*/, '');
  const url = rest.replace(/^url[\t\n\f\r ]*=[\t\n\f\r ]*/i, '');
  const quote = url[0] === '"' || url[0] === "'" ? url[0] : undefined;
  const unquoted = quote ? url.slice(1).split(quote)[0]! : url;
  return unquoted.trim() || undefined;
}

/**
 * `page-refresh`: the page does not reload or leave by itself after a delay. A
 * `<meta http-equiv="refresh">` with a delay moves a reader on before they have read it, or
 * reloads the page under their screen reader, with nothing to stop it (WCAG 2.2.1 and 3.2.5,
 * ACT rule bc659a). A redirect at once (`content="0; url=/posts/x/"`, how a page kept from an
 * old site sends readers to its new address) is fine. As browsers do, the first refresh they
 * can read counts.
 */
export function checkPageRefresh(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const content = metaContent(el, 'http-equiv', 'refresh');
    if (content === undefined) continue;
    const delay = refreshDelay(content);
    if (delay === undefined) continue;
    const elsewhere = refreshUrl(content) !== undefined;
    if (delay > 0 && delay <= LONGEST_SECONDS)
      report(
        el,
        `<meta http-equiv="refresh"> ${elsewhere ? 'sends the reader to another page' : 'reloads the page'} after ${delay} ${delay === 1 ? 'second' : 'seconds'}, whether or not they have finished reading, and nothing can stop it: redirect at once, content="0; url=…", or remove it`,
      );
    // `content="0"`: the page reloads itself as soon as it loads, again and again.
    if (delay === 0 && !elsewhere)
      report(
        el,
        '<meta http-equiv="refresh"> with no address reloads the page as soon as it loads, again and again, so a screen reader starts over and no one can read it: remove it, or give the address to send readers to, content="0; url=…"',
      );
    return;
  }
}

/**
 * `page-refresh`: a `<meta http-equiv="refresh">` that reloads the page or sends the reader elsewhere after a delay (1 second to 20 hours), with nothing to stop it (WCAG 2.2.1, ACT rule bc659a). A redirect at once (`content="0; url=…"`) passes; a reload at once with no address (`content="0"`), which reloads the page again and again, does not. Checked on built pages, the HTML pages the site publishes as written and the site's own `.astro` files.
 *
 * @fix Redirect at once, `content="0; url=/posts/new-address/"`, or remove the element.
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <!doctype html><html lang="en"><head><title>Moved</title><meta http-equiv="refresh" content="0; url=/posts/week-3/"></head><body><main><h1>Moved</h1><p><a href="/posts/week-3/">Week three</a> is here now.</p></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <!doctype html><html lang="en"><head><title>Moved</title><meta http-equiv="refresh" content="5; url=/posts/week-3/"></head><body><main><h1>Moved</h1><p><a href="/posts/week-3/">Week three</a> is here now.</p></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:58-1:117: <meta http-equiv="refresh"> sends the reader to another page after 5 seconds, whether or not they have finished reading, and nothing can stop it: redirect at once, content="0; url=…", or remove it
 */
const rule: GateRule = {
  id: 'page-refresh',
  severity: 'error',
  html: checkPageRefresh,
};
export default rule;
