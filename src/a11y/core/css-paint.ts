import { splitOutsideParentheses } from './inline-style.ts';

/**
 * What an inline style paints behind and around text besides its colours, as `text-contrast`
 * reads it: a gradient background's colour stops, and `text-shadow` and `-webkit-text-stroke` in
 * CSS pixels. How much a shadow helps or hurts a text's contrast follows axe-core's
 * color-contrast rule (its `get-text-shadow-colors.js` and `get-stroke-colors-from-shadows.js`),
 * whose constants come from testing how browsers draw them; the gate reads the same page the same
 * way, so the two agree on axe-core's own text-shadow cases written inline.
 */

/** One shadow of a `text-shadow` list: its offsets and blur in px, and its colour as written. */
export interface Shadow {
  x: number;
  y: number;
  blur: number;
  /** undefined when the shadow names none: it is then the text's `color`. */
  colour?: string;
}

const LENGTH = /^([+-]?(?:\d+\.?\d*|\.\d+))(px|pt|rem|em|%)?$/i;

/**
 * A CSS length as written: in CSS pixels (`px`, `pt`, and `rem` as the browser's 16px, a unitless
 * 0), or as a factor of the font size (`em`, and `%` where `percent` says it is one, as in
 * `font-size`); undefined for what only the page can resolve (`vw`, `calc()`).
 */
export function cssLength(
  token: string,
  { percent = false } = {},
): { px: number } | { factor: number } | undefined {
  const found = LENGTH.exec(token.replace(/\s*!important\s*$/i, '').trim());
  if (!found) return undefined;
  const size = Number(found[1]);
  const unit = found[2]?.toLowerCase();
  if (!unit) return size === 0 ? { px: 0 } : undefined;
  if (unit === 'em') return { factor: size };
  if (unit === '%') return percent ? { factor: size / 100 } : undefined;
  return { px: unit === 'pt' ? (size * 4) / 3 : unit === 'rem' ? size * 16 : size };
}

/** A CSS length in px, `em` of `fontPx`. */
function cssPixels(token: string, fontPx: number): number | undefined {
  const length = cssLength(token);
  return length && ('px' in length ? length.px : length.factor * fontPx);
}

/** Splits at white space outside parentheses: `rgb(0 0 0 / 50%) 1px 1px` is three tokens. */
function tokens(text: string): string[] {
  return splitOutsideParentheses(text.trim().replace(/\s+/g, ' '), ' ').filter(Boolean);
}

/**
 * A `text-shadow` value's shadows, the first drawn on top; [] for `none`; undefined when the page
 * decides it (`var(…)`, `inherit`, lengths in `%` or `calc()`), so the text is left to the page.
 */
export function parseTextShadow(value: string, fontPx: number): Shadow[] | undefined {
  const written = value.replace(/\s*!important\s*$/i, '').trim();
  if (/^none$/i.test(written)) return [];
  if (/\b(?:var|env|attr|calc)\(|^(?:inherit|initial|unset|revert)/i.test(written))
    return undefined;
  const shadows: Shadow[] = [];
  for (const part of splitOutsideParentheses(written, ',')) {
    const lengths: number[] = [];
    const colours: string[] = [];
    for (const token of tokens(part)) {
      if (/^[+-]?[\d.]/.test(token)) {
        const px = cssPixels(token, fontPx);
        if (px === undefined) return undefined;
        lengths.push(px);
      } else colours.push(token);
    }
    // Two or three lengths (a blur is never negative) and at most one colour, else CSS drops it.
    if (lengths.length < 2 || lengths.length > 3 || colours.length > 1 || (lengths[2] ?? 0) < 0)
      return undefined;
    shadows.push({
      x: lengths[0]!,
      y: lengths[1]!,
      blur: lengths[2] ?? 0,
      ...(colours[0] !== undefined && { colour: colours[0] }),
    });
  }
  return shadows;
}

/** `thin`, `medium` and `thick` as browsers draw a stroke's width. */
const STROKE_KEYWORDS: Record<string, number> = { thin: 1, medium: 3, thick: 5 };

/**
 * `-webkit-text-stroke`'s width in px and its colour as written (undefined: the text's
 * `color`); undefined when the page decides the width.
 */
export function parseTextStroke(
  value: string,
  fontPx: number,
): { width: number; colour?: string } | undefined {
  const written = value.replace(/\s*!important\s*$/i, '');
  if (/\b(?:var|env|attr|calc|min|max|clamp)\(|^\s*(?:inherit|initial|unset|revert)/i.test(written))
    return undefined;
  let width: number | undefined = 0;
  let colour: string | undefined;
  for (const token of tokens(written)) {
    const keyword = STROKE_KEYWORDS[token.toLowerCase()];
    if (keyword !== undefined) width = keyword;
    else if (/^[+-]?[\d.]/.test(token)) width = cssPixels(token, fontPx);
    else if (colour === undefined) colour = token;
    else return undefined;
    if (width === undefined) return undefined;
  }
  return { width, ...(colour !== undefined && { colour }) };
}

/**
 * How opaque a blurred shadow is where the glyphs are: axe-core's estimate, 0.185 / (blur in em +
 * 0.4), so a blur of 0.2em draws its colour at about 31%.
 */
export function blurAlpha(blur: number, fontPx: number): number {
  return blur === 0 ? 1 : 0.185 / (blur / fontPx + 0.4);
}

/** A shadow blurred less than this (in em) is sharp: one of an outline's copies. */
export const SHARP_EM = 0.001;
/** A shadow blurred this much (in em) or more spreads under the text as a background. */
export const SPREAD_EM = 0.2;
/** A stroke this wide (in em) or wider is what the glyphs are seen as. */
export const STROKE_EM = 0.03;

/**
 * Sharp shadows of one colour offset to every side of the text (`1px 1px #000, -1px -1px #000,
 * …`) draw an outline: its opacity, solid when every offset is over 1.5px, else 1 − 0.54 per side
 * covered. A colour on one side only is a drop shadow and outlines nothing (null); on two or three
 * sides it outlines part of each glyph, which only a browser can judge (undefined).
 */
export function outlineAlpha(offsets: { x: number; y: number }[]): number | null | undefined {
  const sides = {
    top: [] as number[],
    right: [] as number[],
    bottom: [] as number[],
    left: [] as number[],
  };
  for (const { x, y } of offsets) {
    if (x > 0.5) sides.right.push(x);
    else if (-x > 0.5) sides.left.push(-x);
    if (y > 0.5) sides.bottom.push(y);
    else if (-y > 0.5) sides.top.push(-y);
  }
  const covered = Object.values(sides).filter((side) => side.length > 0).length;
  if (covered < 2) return null;
  if (covered < 4) return undefined;
  const all = Object.values(sides);
  if (all.every((side) => side.every((offset) => offset > 1.5))) return 1;
  const density = all.reduce((sum, side) => sum + side.length / 4, 0);
  return 1 - 0.54 ** density;
}

/** Words of a gradient's syntax that are no colour: its direction, shape, position, colour space. */
const GRADIENT_WORDS =
  /^(?:to|at|in|from|left|right|top|bottom|center|circle|ellipse|closest-side|closest-corner|farthest-side|farthest-corner|srgb|srgb-linear|display-p3|a98-rgb|prophoto-rgb|rec2020|lab|oklab|lch|oklch|xyz|xyz-d50|xyz-d65|hsl|hwb|shorter|longer|increasing|decreasing|hue)$/i;

/**
 * The colours of a background that is one CSS gradient and nothing else (`linear-gradient(135deg,
 * #667eea, #764ba2 80%)`, radial, conic, repeating), as written, in order; undefined for any
 * other value, and for a gradient with a stop the page decides (`var(…)`, `currentColor`).
 */
export function gradientStops(value: string): string[] | undefined {
  const written = value.replace(/\s*!important\s*$/i, '').trim();
  const found = /^(?:repeating-)?(?:linear|radial|conic)-gradient\(/i.exec(written);
  if (!found || !written.endsWith(')')) return undefined;
  const inside = written.slice(found[0].length, -1);
  // One function, closed at the very end: not `linear-gradient(…), url(…)`.
  let depth = 0;
  for (const char of inside) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  if (/\b(?:var|env|attr)\(|currentcolor/i.test(inside)) return undefined;
  const stops: string[] = [];
  for (const part of splitOutsideParentheses(inside, ',')) {
    for (const token of tokens(part))
      if (!/^[+-]?[\d.]/.test(token) && !GRADIENT_WORDS.test(token)) stops.push(token);
  }
  return stops.length > 0 ? stops : undefined;
}
