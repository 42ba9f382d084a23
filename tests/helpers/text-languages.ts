import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';

/** A run of text on a page and the language it is marked in: its nearest `lang`. */
export interface MarkedText {
  text: string;
  /** The primary subtag of the nearest `lang` around it (`es` for `es-MX`). */
  marked: string;
}

/**
 * Left out of the runs: what is never shown as text (a player's fallback), and an SVG image's
 * title and description, which are one accessible name each, as an attribute is, and cannot
 * mark a part with another language.
 */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'video',
  'audio',
  'title',
  'desc',
]);

/**
 * Every run of text in a page's `<body>`, each with the language a screen reader would read it
 * in: what `lang` on it or its nearest ancestor says (WCAG 3.1.1 and 3.1.2).
 */
export function markedTexts(html: string): MarkedText[] {
  const runs: MarkedText[] = [];
  const walk = (nodes: ChildNode[], lang: string) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = node.data.replace(/\s+/g, ' ').trim();
        if (/\p{L}/u.test(text)) runs.push({ text, marked: lang });
      } else if ('children' in node && 'name' in node) {
        if (SKIPPED.has(node.name)) continue;
        const own = node.attribs.lang?.split('-')[0]?.toLowerCase();
        walk(node.children, own || lang);
      }
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children, '');
  return runs;
}
