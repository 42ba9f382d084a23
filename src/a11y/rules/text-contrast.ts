import { createRequire } from 'node:module';
import type { Rgb } from 'culori';
import { DYNAMIC, type El, type Model } from '../core/model.ts';
import {
  ariaTrue,
  labelledControl,
  attr,
  isDisabledControl,
  isNotRendered,
  isVisuallyHidden,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { SCHEMES, THEME, type Scheme } from '../core/theme.ts';
import { inlineDeclaration, splitOutsideParentheses } from '../core/inline-style.ts';
import {
  cssLength,
  gradientStops,
  SHARP_EM,
  SPREAD_EM,
  STROKE_EM,
  blurAlpha,
  outlineAlpha,
  parseTextShadow,
  parseTextStroke,
} from '../core/css-paint.ts';

/**
 * `text-contrast` (both layers): text a post colours itself, in an inline style (`<span
 * style="color: #333">`, pasted from a word processor, or `style={{ color: 'navy' }}` in MDX),
 * that does not stand out from what is behind it by WCAG's 4.5:1 (3:1 for large text: 24px, or
 * 18.66px in bold, by an inline size, else a heading of level 1 to 3). The site has a light and
 * a dark theme: a colour chosen on the light page is often unreadable on the dark one, which the
 * author may never have seen. Each scheme is judged with
 * the theme's own colours (src/a11y/core/theme.ts) where the style sets none: its text, a link's
 * accent, and its background, or the surface of a callout or of a code block.
 *
 * The fix is worked out, not only asked for: the same hue, lighter or darker, until it meets
 * the ratio, written with CSS's light-dark() so each theme gets its own colour (the site's
 * toggle flips `color-scheme`, which light-dark() follows).
 *
 * Text an inline `opacity` fades (a "muted" note, `<span style="opacity: 0.4">`) is judged in
 * the colours a reader sees, the theme's included: the fix is an opacity that passes, or the
 * colour's, worked out at full opacity, with the fade left out.
 *
 * A shadow, a stroke or a fill colour in the style (`text-shadow: 0 0 3px white`, pasted from
 * a design tool, or a title over a photo) is drawn as axe-core draws it (core/css-paint.ts):
 * text that stands out from its glow or its outline reads, and a wide dark glow behind dark text
 * is reported at the shadow.
 *
 * A gradient behind the text is judged by the most the text stands out anywhere on it, as ACT's
 * afw4f7 reads "highest possible contrast": the text is reported only where no part of the
 * gradient lets it read.
 *
 * Left alone, as the page decides them: `var(…)`, `currentColor`, `inherit`, background images,
 * a style only the build knows, and components' own props.
 */

/**
 * culori, loaded at the first inline colour: most pages have none, and every check and build
 * worker would otherwise load it as it starts. Its one-file CommonJS bundle (the package's
 * `require` export) loads in about 5 ms; its ES modules, some 200 files, took 35 ms a thread.
 */
function loadCulori() {
  const lib = createRequire(import.meta.url)('culori') as typeof import('culori');
  return { lib, toRgb: lib.converter('rgb'), toOklch: lib.converter('oklch') };
}
let loaded: ReturnType<typeof loadCulori> | undefined;
const culori = () => (loaded ??= loadCulori());

/**
 * A colour in each scheme: one colour, or light-dark(light, dark); for a gradient background,
 * its first colour and every colour it passes through (`samples`).
 */
type Pair = Record<Scheme, { rgb: Rgb; written: string; samples?: Rgb[] }>;

function colour(text: string): Rgb | undefined {
  if (/\b(?:var|env|attr)\(|currentcolor|inherit|initial|unset|revert/i.test(text))
    return undefined;
  const { lib, toRgb } = culori();
  const parsed = lib.parse(text);
  return parsed ? toRgb(parsed) : undefined;
}

/** A CSS colour value in each scheme, or undefined when the page decides it. */
export function colourPair(value: string): Pair | undefined {
  const written = value.replace(/\s*!important\s*$/i, '').trim();
  const pair = /^light-dark\((.*)\)$/is.exec(written);
  const parts = pair
    ? splitOutsideParentheses(pair[1]!, ',').map((part) => part.trim())
    : [written, written];
  if (parts.length !== 2) return undefined;
  const [light, dark] = parts.map((part) => colour(part)) as [Rgb | undefined, Rgb | undefined];
  return light && dark
    ? { light: { rgb: light, written: parts[0]! }, dark: { rgb: dark, written: parts[1]! } }
    : undefined;
}

type Property = 'color' | 'background';

/**
 * The last declaration of one of `names` in an element's inline style, as CSS applies it, and
 * under which name. DYNAMIC when its style is known only to the build; components' props are
 * not a page's style.
 */
function lastDeclaration(
  el: El,
  names: readonly string[],
): Declaration | typeof DYNAMIC | undefined {
  if (el.origin !== 'html') return undefined;
  return inlineDeclaration(el, names) ?? presentational(el, names);
}

/**
 * Whether an element writes any style or colour at all: a page's thousands of elements are
 * asked, and nearly none does, so this is tried before reading a declaration.
 */
const mayPaint = (el: El) =>
  el.attrs.style !== undefined || el.attrs.color !== undefined || el.attrs.bgcolor !== undefined;

/** A declaration as written: in the inline style, or as an old HTML attribute (`attribute`). */
interface Declaration {
  name: string;
  value: string;
  /** `<font color="…">`, `<td bgcolor="…">`: the attribute that sets it, under the style. */
  attribute?: 'color' | 'bgcolor';
}

/** A colour HTML's legacy parsing reads as CSS does. */
const LEGACY_AS_CSS = /^(?:#[0-9a-f]{3}|#[0-9a-f]{6}|(?!transparent$)[a-z]+)$/i;

/** Elements whose `bgcolor` browsers still paint behind their text. */
const BGCOLOR = new Set(['body', 'table', 'tr', 'td', 'th']);

/**
 * The colour an old presentational attribute gives, as HTML pasted from an old editor or an
 * e-mail writes it: `<font color="#ff0">` its text's, `<td bgcolor="#000">` its background.
 * Browsers still paint both, under any inline style.
 */
function presentational(el: El, names: readonly string[]): Declaration | undefined {
  const attribute =
    el.name === 'font' && names.includes('color')
      ? 'color'
      : BGCOLOR.has(el.name) && names.includes('background-color')
        ? 'bgcolor'
        : undefined;
  const value = attribute && el.attrs[attribute];
  // HTML reads an attribute's colour by its own legacy rules: `ff0` is near black there, not
  // yellow, and `rgb(…)` is mangled. Only a hex colour with its # and a colour's name read as
  // in CSS (`transparent` is no colour there).
  if (typeof value !== 'string' || !LEGACY_AS_CSS.test(value.trim())) return undefined;
  return { name: attribute === 'color' ? 'color' : 'background-color', value, attribute };
}

/** The declarations that set a text's colour, or its background. */
const DECLARES: Record<Property, readonly string[]> = {
  color: ['color'],
  background: ['background-color', 'background'],
};

/** Where a text's colour or background comes from: an inline style, or the page's own. */
interface Source {
  pair: Pair;
  /** The element whose inline style sets it; undefined for the site's and the browser's styles. */
  el?: El;
  /** The declaration that sets it, as written (`color: #333`). */
  declaration?: Declaration;
}

/** Steps a gradient is sampled at between two of its colours. */
const GRADIENT_STEPS = 8;

/**
 * A background that is one gradient of colours the check can read, in each scheme: the colours
 * it passes through, mixed in sRGB and in Oklab (browsers mix in one or the other), so that text
 * is judged against the most it can stand out from anywhere on it.
 */
function gradientPair(value: string): Pair | undefined {
  const stops = gradientStops(value)?.map((stop) => colourPair(stop));
  if (!stops || stops.some((stop) => !stop)) return undefined;
  const { lib } = culori();
  const pair = {} as Pair;
  for (const scheme of SCHEMES) {
    const colours = stops.map((stop) => stop![scheme].rgb);
    // What shows through a see-through stop is the page's to judge.
    if (colours.some((rgb) => (rgb.alpha ?? 1) < 1)) return undefined;
    const samples = [...colours];
    for (let i = 1; i < colours.length; i++)
      for (const mode of ['rgb', 'oklab'] as const) {
        const mix = lib.interpolate([colours[i - 1]!, colours[i]!], mode);
        for (let step = 1; step < GRADIENT_STEPS; step++)
          samples.push(toRgbOf(mix(step / GRADIENT_STEPS)));
      }
    pair[scheme] = { rgb: colours[0]!, written: value, samples };
  }
  return pair;
}

const toRgbOf = (colour: Parameters<ReturnType<typeof loadCulori>['toRgb']>[0]): Rgb => {
  const { r, g, b } = culori().toRgb(colour)!;
  const clamp = (n: number) => Math.min(1, Math.max(0, n));
  return { mode: 'rgb', r: clamp(r), g: clamp(g), b: clamp(b) };
};

/**
 * What an element's inline style paints as its background: its colour (`background-color`, or
 * `background` written as a colour) under its image (`background-image`, or `background`
 * written as one); undefined when it sets none, null when the page decides it (an image, a
 * `var(…)`, a style only the build knows). A gradient alone is read as its colours.
 */
function ownBackground(el: El): Source | null | undefined {
  const image = lastDeclaration(el, ['background', 'background-image']);
  const colour = lastDeclaration(el, ['background', 'background-color']);
  if (image === DYNAMIC || colour === DYNAMIC) return null;
  if (!image && !colour) return undefined;
  // The image layer: a background-image, or the shorthand when it is not a colour alone.
  const painted =
    image && (image.name === 'background-image' || !colourPair(image.value)) ? image : undefined;
  if (painted && !/^none$/i.test(painted.value.trim())) {
    const pair = gradientPair(painted.value);
    return pair ? { pair, el, declaration: painted } : null;
  }
  if (!colour || colour === painted) return undefined;
  const pair = colourPair(colour.value);
  return pair ? { pair, el, declaration: colour } : null;
}

/** `<mark>`: the browser's own colours, black on yellow in either scheme. */
const MARK_TEXT = colourPair('#000000')!;
const MARK_BACKGROUND = colourPair('#ffff00')!;

type ThemePart = keyof (typeof THEME)['light'];

const CALLOUT = /\bcallout-(note|tip|warning)\b/;

/**
 * The theme's surface an element puts behind its text: a callout's (`<Callout type="tip">` in
 * the source, `class="callout callout-tip"` on the page) or a code block's.
 */
function surfaceOf(el: El): ThemePart | undefined {
  if (el.origin === 'component') {
    if (el.name !== 'Callout') return undefined;
    const type = el.attrs.type;
    return type === 'tip' || type === 'warning' ? type : type === DYNAMIC ? undefined : 'note';
  }
  // A code block's (its highlighter's inline background, when it has one, is read first).
  if (el.name === 'pre') return 'surface';
  const className = el.attrs.class;
  const callout = typeof className === 'string' ? CALLOUT.exec(className)?.[1] : undefined;
  return callout as ThemePart | undefined;
}

/** The theme's colours as pairs, parsed once, when a page first needs them. */
let themePairs: Record<ThemePart, Pair> | undefined;
const themePair = (part: ThemePart): Pair =>
  (themePairs ??= Object.fromEntries(
    (Object.keys(THEME.light) as ThemePart[]).map((part) => [
      part,
      colourPair(`light-dark(${THEME.light[part]}, ${THEME.dark[part]})`)!,
    ]),
  ) as Record<ThemePart, Pair>)[part];

/**
 * Where the text of `el` gets its colour or background, from `el` up: an inline style, a link's
 * or `<mark>`'s own, or the theme's. null when the page decides it (`var(…)`, a background
 * image, a style only the build knows).
 */
function sourceOf(el: El, property: Property): Source | null {
  for (let node: El | undefined = el; node; node = node.parent) {
    if (property === 'background') {
      const own = ownBackground(node);
      if (own !== undefined) return own;
    } else {
      const value = lastDeclaration(node, DECLARES.color);
      if (value === DYNAMIC) return null;
      if (value !== undefined) {
        const pair = colourPair(value.value);
        return pair ? { pair, el: node, declaration: value } : null;
      }
    }
    if (property === 'background') {
      const surface = surfaceOf(node);
      if (surface) return { pair: themePair(surface) };
    }
    if (node.origin === 'component') continue;
    if (node.name === 'mark') return { pair: property === 'color' ? MARK_TEXT : MARK_BACKGROUND };
    if (node.name === 'a' && property === 'color') return { pair: themePair('link') };
  }
  return { pair: themePair(property === 'color' ? 'text' : 'background') };
}

/** `fg` drawn over `bg`, by its alpha. */
function over(fg: Rgb, bg: Rgb): Rgb {
  const alpha = fg.alpha ?? 1;
  const mix = (a: number, b: number) => a * alpha + b * (1 - alpha);
  return { mode: 'rgb', r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b) };
}

const LARGE = /^h[1-3]$/;
/** Elements the browser's own style sets in bold. */
const BOLD = /^(?:b|strong|th|h[1-6])$/;
/** The size the site gives a heading of level 1 to 3, at the least (1.4rem). */
const HEADING_PX = 22.4;

/**
 * A font size as written: in CSS pixels (`px`, `pt`, and `rem` as the browser's 16px), or as a
 * factor of the parent's size (`em`, `%`); undefined for keywords and what only the page knows.
 */
function fontLength(value: string): { px: number } | { factor: number } | undefined {
  // A size is never negative, nor written without a unit: CSS drops such a declaration.
  if (!/^\s*[\d.]+[a-z%]/i.test(value)) return undefined;
  return cssLength(value, { percent: true });
}

/**
 * What the `font` shorthand sets (`font: bold 14pt/1.4 Georgia, serif`): its size, and its
 * weight, which it resets to normal when it names none.
 */
function fontShorthand(value: string): { size?: string; weight: string } {
  const size = /(?:^|\s)([\d.]+(?:px|pt|r?em|%))(?:\s*\/\s*\S+)?\s+\S/i.exec(value);
  const before = size ? value.slice(0, size.index) : '';
  const weight = /(?:^|\s)(bold|bolder|lighter|\d{3})(?=\s|$)/i.exec(before)?.[1] ?? 'normal';
  return { size: size?.[1], weight };
}

/** An element's own font size and weight, where its inline style sets them. */
function ownFont(el: El): { size?: string; weight?: string } {
  const size = lastDeclaration(el, ['font-size', 'font']);
  const weight = lastDeclaration(el, ['font-weight', 'font']);
  const read = (found: typeof size, part: 'size' | 'weight') =>
    !found || found === DYNAMIC
      ? undefined
      : found.name === 'font'
        ? fontShorthand(found.value)[part]
        : found.value;
  return { size: read(size, 'size'), weight: read(weight, 'weight') };
}

/**
 * The text's size in CSS pixels where an inline style sets it, on it or above it: `em` and `%`
 * are of the parent's size, up to one written in pixels, points or `rem`, a heading of level 1
 * to 3, or the browser's 16px. Undefined when no inline style sets one.
 */
function fontPixels(el: El): number | undefined {
  let factor = 1;
  let relative = false;
  for (let node: El | undefined = el; node; node = node.parent) {
    const written = ownFont(node).size;
    const length = written === undefined ? undefined : fontLength(written);
    if (length && 'px' in length) return length.px * factor;
    if (length) {
      factor *= length.factor;
      relative = true;
    } else if (relative && node.origin !== 'component' && LARGE.test(node.name))
      return factor * HEADING_PX;
  }
  return relative ? factor * 16 : undefined;
}

/** Whether the text is bold: by its nearest inline weight, else by the element it is in. */
function isBold(el: El): boolean {
  for (let node: El | undefined = el; node; node = node.parent) {
    const weight = ownFont(node).weight?.trim().toLowerCase();
    if (weight !== undefined)
      return weight === 'bold' || weight === 'bolder' || Number(weight) >= 700;
    if (node.origin !== 'component' && BOLD.test(node.name)) return true;
  }
  return false;
}

/**
 * WCAG's large text, which needs 3:1: 24px and over, or 18.66px (14pt) and over in bold, where
 * an inline style sets the size (`font-size`, or the `font` shorthand); else a heading of level
 * 1 to 3 (the site sets them at 1.4rem and more).
 */
function isLarge(el: El): boolean {
  const px = fontPixels(el);
  if (px !== undefined) return px >= 24 || (isBold(el) && px >= 18.66);
  for (let node: El | undefined = el; node; node = node.parent)
    if (node.origin !== 'component' && LARGE.test(node.name)) return true;
  return false;
}

/** The text's size in px for lengths in `em`: as set inline, else a large heading's, else 16px. */
function fontPx(el: El): number {
  const px = fontPixels(el);
  if (px !== undefined) return px;
  for (let node: El | undefined = el; node; node = node.parent)
    if (node.origin !== 'component' && LARGE.test(node.name)) return HEADING_PX;
  return 16;
}

/**
 * The nearest inline declaration of one of `names` from `el` up (the properties this rule reads
 * besides the background are inherited), and the element it is on; DYNAMIC when a style on the
 * way is known only to the build.
 */
function inherited(
  el: El,
  names: readonly string[],
): { el: El; name: string; value: string } | typeof DYNAMIC | undefined {
  for (let node: El | undefined = el; node; node = node.parent) {
    const found = lastDeclaration(node, names);
    if (found === DYNAMIC) return DYNAMIC;
    if (found) return { el: node, ...found };
  }
  return undefined;
}

/** A colour that is the text's own `color` where CSS says currentColor or names none. */
type Paint = Pair | 'color';

function paintOf(written: string | undefined): Paint | null {
  if (written === undefined || /^currentcolor$/i.test(written.trim())) return 'color';
  return colourPair(written) ?? null;
}

/** A shadow's colour, and how opaque it is drawn where it counts. */
interface Layer {
  paint: Paint;
  alpha: number;
}

/**
 * What a `text-shadow` does to a text's contrast, as axe-core's color-contrast reads it: shadows
 * blurred 0.2em or more, and outlines, spread `under` the glyphs as a background; shadows blurred
 * less, and outlines, draw a `halo` the glyphs can stand out from instead; and every shadow shows
 * `through` glyphs that are see-through (`color: transparent`). A shadow offset further than it is
 * blurred falls beside the glyphs and counts for none of these.
 */
interface Shadows {
  under: Layer[];
  halo: Layer[];
  through: Layer[];
}

const NO_SHADOWS: Shadows = { under: [], halo: [], through: [] };

/** The shadows of a `text-shadow` value for text of `px`; null when the page decides them. */
function shadowsOf(value: string, declaredPx: number, px: number): Shadows | null {
  const parsed = parseTextShadow(value, declaredPx);
  if (!parsed) return null;
  const shadows: Shadows = { under: [], halo: [], through: [] };
  const sharp = new Map<string, { paint: Paint; offsets: { x: number; y: number }[] }>();
  for (const { x, y, blur, colour } of parsed) {
    const paint = paintOf(colour);
    if (paint === null) return null;
    if (blur < SHARP_EM * px) {
      const key = colour?.toLowerCase() ?? 'currentcolor';
      const group = sharp.get(key) ?? sharp.set(key, { paint, offsets: [] }).get(key)!;
      group.offsets.push({ x, y });
    }
    if (Math.abs(x) > blur || Math.abs(y) > blur) continue;
    const layer = { paint, alpha: blurAlpha(blur, px) };
    shadows.through.push(layer);
    if (blur >= SPREAD_EM * px) shadows.under.push(layer);
    else if (blur >= SHARP_EM * px) shadows.halo.push(layer);
  }
  for (const { paint, offsets } of sharp.values()) {
    const alpha = outlineAlpha(offsets);
    if (alpha === undefined) return null;
    if (alpha === null) continue;
    shadows.under.push({ paint, alpha });
    shadows.halo.push({ paint, alpha });
  }
  return shadows;
}

/** The `text-shadow` text in `el` is drawn with, looked for from `from` up. */
function textShadowFrom(
  from: El | undefined,
  px: number,
): { shadows: Shadows; el?: El; written?: string } | null {
  const found = from ? inherited(from, ['text-shadow']) : undefined;
  if (found === DYNAMIC) return null;
  if (!found) return { shadows: NO_SHADOWS };
  const shadows = shadowsOf(found.value, fontPx(found.el), px);
  return shadows && { shadows, el: found.el, written: found.value };
}

/**
 * The colour of a `-webkit-text-stroke` 0.03em wide or more (the width from which axe-core counts
 * a stroke as seen); undefined when there is none, null when the page decides it.
 */
function strokeOf(el: El, px: number): Paint | undefined | null {
  const width = inherited(el, ['-webkit-text-stroke', '-webkit-text-stroke-width']);
  if (width === DYNAMIC) return null;
  if (!width) return undefined;
  const parsed = parseTextStroke(width.value, fontPx(width.el));
  if (!parsed) return null;
  if (parsed.width < STROKE_EM * px) return undefined;
  const colour = inherited(el, ['-webkit-text-stroke', '-webkit-text-stroke-color']);
  if (colour === DYNAMIC) return null;
  return paintOf(
    colour?.name === '-webkit-text-stroke'
      ? parseTextStroke(colour.value, fontPx(colour.el))?.colour
      : colour?.value,
  );
}

/** `-webkit-text-fill-color`, which paints the glyphs instead of `color` where it is set. */
function fillOf(el: El): Required<Source> | undefined | null {
  const found = inherited(el, ['-webkit-text-fill-color']);
  if (found === DYNAMIC) return null;
  if (!found) return undefined;
  const paint = paintOf(found.value);
  if (paint === null) return null;
  const { el: on, ...declaration } = found;
  return paint === 'color' ? undefined : { pair: paint, el: on, declaration };
}

/** What a colour must stand out from, and by how much. */
interface Against {
  rgb: Rgb;
  needed: number;
}

/**
 * The same colour, lighter or darker (OKLCH lightness, hue kept), by the smallest step at which
 * it stands out from every colour in `against` by what each needs: the colour the message tells
 * the author to write.
 */
export function readableColour(rgb: Rgb, against: Against[]): string {
  const { lib } = culori();
  return readableColourWhere(rgb, (hex) =>
    against.every(({ rgb: other, needed }) => lib.wcagContrast(hex, other) >= needed + 0.05),
  );
}

/**
 * The same colour, lighter or darker by the smallest step, at which `meets` says the text reads,
 * else black or white: a fix is tried on the page as it is drawn, its shadows and all, before the
 * message gives it.
 */
function readableColourWhere(rgb: Rgb, meets: (hex: string) => boolean): string {
  const { lib, toOklch } = culori();
  const start = toOklch(rgb);
  for (let step = 0; step <= 100; step++)
    for (const sign of [1, -1]) {
      const l = Math.min(1, Math.max(0, start.l + (sign * step) / 100));
      const hex = lib.formatHex({ ...start, l, alpha: undefined });
      if (meets(hex)) return hex;
    }
  return meets('#000000') ? '#000000' : '#ffffff';
}

const ratio = (value: number) => `${Math.floor(value * 10) / 10}:1`;

/** An element made see-through by its inline `opacity`, by how much, and as written. */
interface Fade {
  el: El;
  alpha: number;
  written: string;
}

/** What an inline style paints of a text, and so what a fix changes. */
type Part = 'color' | 'fill' | 'background';

/** One run of text as a scheme shows it: its colours, and the ratio it needs. */
interface Run {
  /** The text's `color`: what a stroke or a shadow with no colour of its own is drawn in. */
  color: Pair;
  /** `-webkit-text-fill-color`, which paints the glyphs instead of `color` where it is set. */
  fill?: Pair;
  /**
   * A stroke wide enough to be seen: the glyphs' outline, which makes them read where it stands
   * out from the background, whether or not their fill does.
   */
  stroke?: Paint;
  bg: Pair;
  /** What is under its background, when that is an inline style that may let it through. */
  under?: El;
  needed: number;
  /** The inline opacities it is drawn with, the nearest first. */
  fades: Fade[];
  shadows: Shadows;
  /** The element whose `text-shadow` the text has, as written, and the shadows it has without it. */
  shadow?: { el: El; written: string; without: Shadows };
}

/**
 * The fade of an element's inline `opacity` under 1 (`0.5`, `50%`), or undefined when the style
 * sets none, or one only the page knows (`var(…)`, a style only the build knows): taken as 1, so
 * text is never reported for a fade the check cannot see, and the built page judges it.
 */
function fadeOf(el: El): Fade | undefined {
  const found = lastDeclaration(el, ['opacity']);
  if (found === undefined || found === DYNAMIC) return undefined;
  const value = /^\+?(\d+\.?\d*|\.\d+)(%?)(?:\s*!important)?$/i.exec(found.value.trim());
  const alpha = value ? Number(value[1]) / (value[2] ? 100 : 1) : 1;
  return alpha < 1 ? { el, alpha, written: found.value } : undefined;
}

/** The inline opacities text in `el` is drawn with, the nearest first. */
function fadesOf(el: El): Fade[] {
  const fades: Fade[] = [];
  for (let node: El | undefined = el; node; node = node.parent) {
    const fade = fadeOf(node);
    if (fade) fades.push(fade);
  }
  return fades;
}

/** What to draw a run with instead, to try a fix: an opacity, colours, no shadow. */
interface Instead {
  alpha?: { el: El; value: number };
  paints?: Partial<Record<Part, Rgb>>;
  shadows?: Shadows;
}

/** A colour drawn at `alpha` of its own opacity. */
const faint = (rgb: Rgb, alpha: number): Rgb => ({ ...rgb, alpha: (rgb.alpha ?? 1) * alpha });

/**
 * What a scheme shows of a run: its glyphs, what is behind them, and the outline of a stroke or
 * the halo of a shadow around them.
 */
interface Seen {
  front: Rgb;
  back: Rgb;
  stroke?: Rgb;
  halo?: Rgb;
}

/**
 * A run's text and background colours in a scheme: its colours drawn over what is behind them,
 * its shadows as axe-core draws them (see Shadows), then each see-through element around them
 * drawn over what is behind it.
 */
function seenIn(run: Run, scheme: Scheme, fades: readonly Fade[], instead: Instead = {}): Seen {
  const page = themePair('background')[scheme].rgb;
  const paint = (part: Part, pair: Pair) => instead.paints?.[part] ?? pair[scheme].rgb;
  const color = paint('color', run.color);
  const layer = ({ paint: drawn, alpha }: Layer) =>
    faint(drawn === 'color' ? color : drawn[scheme].rgb, alpha);
  // Layers are listed top first, as CSS lists shadows: drawn from the last.
  const drawOver = (layers: Layer[], base: Rgb) =>
    layers.reduceRight((below, above) => over(layer(above), below), base);
  const shadows = instead.shadows ?? run.shadows;
  let back = drawOver(
    shadows.under,
    over(paint('background', run.bg), backdrop(run.under, scheme, page)),
  );
  let front = over(run.fill ? paint('fill', run.fill) : color, drawOver(shadows.through, back));
  let stroke = run.stroke && over(run.stroke === 'color' ? color : run.stroke[scheme].rgb, back);
  let halo = shadows.halo.length ? drawOver(shadows.halo, back) : undefined;
  // Drawing is linear: an element drawn at opacity a over what is behind it (x) shows each of
  // its pixels p as a·p + (1 − a)·x, whatever lies inside it.
  for (const fade of fades) {
    const behind = backdrop(fade.el.parent, scheme, page);
    const a = fade.el === instead.alpha?.el ? instead.alpha.value : fade.alpha;
    back = over(faint(back, a), behind);
    front = over(faint(front, a), behind);
    if (stroke) stroke = over(faint(stroke, a), behind);
    if (halo) halo = over(faint(halo, a), behind);
  }
  return { front, back, ...(stroke && { stroke }), ...(halo && { halo }) };
}

/**
 * The contrast a reader gets: the text on its background, or the most of that, its stroke's
 * outline on the background, and a shadow's halo against either (axe-core's reading: a light
 * halo makes dark text readable on a dark background, as a dark outline makes light text
 * readable on a light one).
 */
function contrastOf({ front, back, stroke, halo }: Seen): number {
  const { wcagContrast } = culori().lib;
  let best = wcagContrast(front, back);
  if (stroke) best = Math.max(best, wcagContrast(stroke, back));
  if (halo) best = Math.max(best, wcagContrast(halo, back), wcagContrast(front, halo));
  return best;
}

/**
 * The contrast a run's text gets in a scheme; on a gradient, the most it gets anywhere on it
 * (ACT's "highest possible contrast"), so text is reported only where no part of the gradient
 * lets it read.
 */
function contrastIn(
  run: Run,
  scheme: Scheme,
  fades: readonly Fade[],
  instead: Instead = {},
  anywhere: (...values: number[]) => number = Math.max,
) {
  const samples = instead.paints?.background ? undefined : run.bg[scheme].samples;
  if (!samples) return contrastOf(seenIn(run, scheme, fades, instead));
  return anywhere(
    ...samples.map((background) =>
      contrastOf(
        seenIn(run, scheme, fades, { ...instead, paints: { ...instead.paints, background } }),
      ),
    ),
  );
}

/** Whether a run reads in every scheme, drawn with `fades` and what `instead` says. */
const readsIn = (run: Run, fades: readonly Fade[], instead?: Instead) =>
  SCHEMES.every((scheme) => contrastIn(run, scheme, fades, instead) >= run.needed);

/** Whether what is behind `el` is, or shows, a gradient: only a browser blends over one. */
function overGradient(el: El | undefined): boolean {
  const source = el ? sourceOf(el, 'background') : undefined;
  if (!source?.el) return false;
  if (SCHEMES.some((scheme) => source.pair[scheme].samples)) return true;
  return overGradient(source.el.parent);
}

/**
 * The colour behind an element in a scheme: its inline background drawn over what is behind
 * it in turn, down to the page (`rgba(255,255,255,0.2)` on a dark box is a lighter dark).
 */
function backdrop(el: El | undefined, scheme: Scheme, page: Rgb): Rgb {
  const source = el ? sourceOf(el, 'background') : undefined;
  if (!source) return page;
  const behind = source.el ? backdrop(source.el.parent, scheme, page) : page;
  return over(source.pair[scheme].rgb, behind);
}

/** Whether a control is not active: `disabled`, in a `<fieldset disabled>`, `aria-disabled="true"`. */
const isInactive = (el: El) =>
  ariaTrue(el, 'aria-disabled') || (INACTIVE_CONTROLS.has(el.name) && isDisabledControl(el));

/** The ids inactive controls are labelled or described by, per page. */
const inactiveRefs = new WeakMap<Model, Set<string>>();

/**
 * What an inactive control names with `aria-labelledby` or `aria-describedby` (its label, its
 * helper text): part of the control, as ACT afw4f7 and IBM read WCAG 1.4.3's exception.
 */
function refsOfInactive(model: Model): Set<string> {
  let ids = inactiveRefs.get(model);
  if (ids) return ids;
  ids = new Set();
  for (const el of model.elements) {
    if (el.origin !== 'html' || !isInactive(el)) continue;
    for (const name of ['aria-labelledby', 'aria-describedby']) {
      const refs = attr(el, name);
      if (typeof refs === 'string') for (const id of refs.split(/\s+/)) if (id) ids.add(id);
    }
  }
  inactiveRefs.set(model, ids);
  return ids;
}

/**
 * Text of a control that is not active (`disabled`, in a `<fieldset disabled>`,
 * `aria-disabled="true"`), a label of one, or what one is labelled or described by: WCAG 1.4.3
 * asks no contrast of it.
 */
function inactive(el: El, model: Model): boolean {
  for (let node: El | undefined = el; node; node = node.parent) {
    if (node.origin !== 'html') continue;
    if (isInactive(node)) return true;
    const id = node.attrs.id;
    if (typeof id === 'string' && id && refsOfInactive(model).has(id)) return true;
    if (node.name === 'label') {
      const control = labelledControl(node, model);
      if (control && isInactive(control)) return true;
    }
  }
  return false;
}
const INACTIVE_CONTROLS = new Set([
  'button',
  'select',
  'textarea',
  'input',
  'fieldset',
  'option',
  'optgroup',
]);

/** Whether an element's background is clipped to its text (`background-clip: text`). */
function clipsToText(el: El): boolean {
  const clip = lastDeclaration(el, ['background-clip', '-webkit-background-clip', 'background']);
  return clip !== undefined && clip !== DYNAMIC && /(?:^|\s)text(?:\s|$|!)/i.test(clip.value);
}

/** A letter or a digit: text that says something in a human language. */
const IN_WORDS = /[\p{L}\p{N}]/u;

/** What an inline style can set that changes how text reads. */
/** What an inline style can set that paints glyphs besides their colour. */
const EFFECTS = [
  'text-shadow',
  '-webkit-text-fill-color',
  '-webkit-text-stroke',
  '-webkit-text-stroke-width',
  '-webkit-text-stroke-color',
];
const PAINTED = [...DECLARES.color, ...DECLARES.background, 'background-image', ...EFFECTS];

export function checkTextContrast(model: Model, _ctx: CheckContext, report: Report): void {
  // Most pages set no colour or opacity inline: nothing to judge that the site's own style
  // sheet does not.
  if (
    !model.elements.some(
      (el) => mayPaint(el) && (lastDeclaration(el, PAINTED) !== undefined || fadeOf(el)),
    )
  )
    return;
  // Pages with no shadow, stroke or fill (code blocks coloured inline, the most common) are
  // spared looking for them above every run of text.
  const effects = model.elements.some((el) => lastDeclaration(el, EFFECTS));
  // Each inline style that colours text, with the text it colours: the nearest such style is the
  // one to change, its colour, or else its background, and its fix must suit all of that text.
  const runs = new Map<El, Map<Part, Colouring>>();
  // Text the theme colours, or that passes at full opacity, faded by an inline opacity: by the
  // nearest element that fades it.
  const faded = new Map<El, Run[]>();
  const fadedBy = (el: El) => faded.get(el) ?? faded.set(el, []).get(el)!;
  // Text that reads without its text-shadow and not with it: by the element whose style sets it.
  const shadowed = new Map<El, Run[]>();
  for (const el of model.elements) {
    // Only text in words needs contrast: a row of dashes, a • between links or an arrow says
    // nothing in a human language (ACT afw4f7's Passed Example 7).
    const text = el.children.some(
      (child) =>
        child.kind === 'text' && typeof child.value === 'string' && IN_WORDS.test(child.value),
    );
    // Text no one sees (an `sr-only` line, opacity 0) or of an inactive control needs no contrast.
    if (!text || isNotRendered(el) || isVisuallyHidden(el) || inactive(el, model)) continue;
    const fades = fadesOf(el);
    if (fades.some(({ alpha }) => alpha <= 0)) continue;
    const color = sourceOf(el, 'color');
    const bg = sourceOf(el, 'background');
    const px = effects ? fontPx(el) : 16;
    const fill = effects ? fillOf(el) : undefined;
    const stroke = effects ? strokeOf(el, px) : undefined;
    const shadow = effects ? textShadowFrom(el, px) : { shadows: NO_SHADOWS };
    if (color === null || bg === null || fill === null || stroke === null || shadow === null)
      continue;
    // A background clipped to the text paints the glyphs, not what is behind them (a title in
    // a gradient or a colour, its fill transparent): the page judges it.
    if (bg.el && clipsToText(bg.el)) continue;
    // A see-through background, or a fade, over a gradient blends with it: the page judges it.
    const seeThrough = SCHEMES.some((scheme) => (bg.pair[scheme].rgb.alpha ?? 1) < 1);
    if (
      (bg.el && seeThrough && overGradient(bg.el.parent)) ||
      fades.some((fade) => overGradient(fade.el.parent))
    )
      continue;
    // What paints the glyphs, so the colour to change: the fill where set, else `color`.
    const front: Source & { part: Part } = fill
      ? { part: 'fill', ...fill }
      : { part: 'color', ...color };
    if (!front.el && !bg.el && !fades.length && !shadow.el) continue;
    // Without this text-shadow the text has the one around it, if any.
    const outer = shadow.el && textShadowFrom(shadow.el.parent, px);
    const run: Run = {
      color: color.pair,
      ...(fill && { fill: fill.pair }),
      ...(stroke && { stroke }),
      bg: bg.pair,
      ...(bg.el?.parent && { under: bg.el.parent }),
      needed: isLarge(el) ? 3 : 4.5,
      fades,
      shadows: shadow.shadows,
      ...(shadow.el &&
        outer && { shadow: { el: shadow.el, written: shadow.written!, without: outer.shadows } }),
    };
    if (
      run.shadow &&
      !readsIn(run, fades) &&
      readsIn(run, fades, { shadows: run.shadow.without })
    ) {
      (shadowed.get(run.shadow.el) ?? shadowed.set(run.shadow.el, []).get(run.shadow.el)!).push(
        run,
      );
      continue;
    }
    if (!front.el && !bg.el) {
      if (fades.length) fadedBy(fades[0]!.el).push(run);
      continue;
    }
    const [setter, part] =
      !bg.el || (front.el && contains(bg.el, front.el))
        ? [front as Required<typeof front>, front.part]
        : [bg as Required<typeof bg>, 'background' as const];
    const parts = runs.get(setter.el) ?? runs.set(setter.el, new Map()).get(setter.el)!;
    const entry =
      parts.get(part) ??
      parts
        .set(part, { part, pair: setter.pair, declaration: setter.declaration, runs: [] })
        .get(part)!;
    entry.runs.push(run);
  }
  for (const [el, parts] of runs)
    for (const colouring of parts.values()) {
      if (!reportColour(el, colouring, report))
        for (const run of colouring.runs) if (run.fades.length) fadedBy(run.fades[0]!.el).push(run);
    }
  for (const [el, shown] of faded) reportFaded(el, shown, report);
  for (const [el, shown] of shadowed) reportShadow(el, shown, report);
}

/** An inline style's colour or background, with the text it colours. */
interface Colouring {
  part: Part;
  pair: Pair;
  declaration: Declaration;
  runs: Run[];
}

/**
 * Text whose colours, at full opacity, do not read, reported at the style that sets them with a
 * colour for each theme that makes all of its text read; false when they read. A gradient
 * background gets a colour for each theme in its place.
 */
function reportColour(el: El, colouring: Colouring, report: Report): boolean {
  const { part, pair, declaration, runs: shown } = colouring;
  const gradient = SCHEMES.some((scheme) => pair[scheme].samples);
  // A colour for all of the style's text (a background behind all of it), tried as drawn: on a
  // gradient, one that reads on all of it where there is one, else on the part that reads best.
  const fixIn = (scheme: Scheme, start: Rgb) => {
    const meets = (anywhere: (...values: number[]) => number) => (hex: string) =>
      shown.every(
        (run) =>
          contrastIn(run, scheme, [], { paints: { [part]: colour(hex)! } }, anywhere) >=
          run.needed + 0.05,
      );
    const everywhere = readableColourWhere(start, meets(Math.min));
    return meets(Math.min)(everywhere) ? everywhere : readableColourWhere(start, meets(Math.max));
  };
  const failing: { scheme: Scheme; contrast: number; needed: number; fix: string; on: string }[] =
    [];
  for (const scheme of SCHEMES) {
    // The colours themselves, at full opacity: what fades them is judged after.
    const seen = shown.map((run) => ({
      ...seenIn(run, scheme, []),
      needed: run.needed,
      contrast: contrastIn(run, scheme, []),
      // On a gradient, the most it stands out anywhere on it.
      on: run.bg[scheme].samples ? ' at best' : '',
    }));
    const worst = seen.reduce((a, b) => (b.contrast / b.needed < a.contrast / a.needed ? b : a));
    if (worst.contrast >= worst.needed) continue;
    const fix = fixIn(scheme, part === 'background' ? worst.back : worst.front);
    failing.push({ scheme, contrast: worst.contrast, needed: worst.needed, fix, on: worst.on });
  }
  if (failing.length === 0) return false;
  const { name, value: asWritten } = declaration;
  // A gradient's place takes a colour in each theme, one that reads there too.
  const value = (scheme: Scheme) =>
    failing.find((f) => f.scheme === scheme)?.fix ??
    (gradient ? fixIn(scheme, pair[scheme].rgb) : pair[scheme].written);
  const pairText = `light-dark(${value('light')}, ${value('dark')})`;
  const where = failing
    .map(({ scheme, contrast, on }) =>
      part === 'background'
        ? `${ratio(contrast)}${on} with its text in the ${scheme} theme`
        : `${ratio(contrast)}${on} on its background in the ${scheme} theme`,
    )
    .join(' and ');
  const needed = Math.max(...failing.map((f) => f.needed));
  // The fix is worked out at full opacity: an opacity that fades this text must go too.
  const fading = fadesIn(shown);
  // A fill left out shows the `color` under it, which may not read: no second fix for it.
  const orTheme =
    part === 'color'
      ? ', or leave the colour to the theme'
      : part === 'background'
        ? ', or leave the background to the theme'
        : '';
  const write = declaration.attribute
    ? `write style="${name}: ${pairText}" in place of ${declaration.attribute}="${asWritten}", a colour for each theme`
    : !gradient
      ? `write ${name}: ${pairText}, a colour for each theme`
      : name === 'background'
        ? `write background: ${pairText} in place of the gradient, a colour for each theme`
        : `write background: ${pairText} in place of ${name}: ${asWritten}, a colour for each theme`;
  report(
    el,
    `<${el.name}> with ${declaration.attribute ? `${declaration.attribute}="${asWritten}"` : `${name}: ${asWritten}`} gives its text a contrast of ${where}, where ${needed}:1 is needed: ${write}${orTheme}${fading.length ? `; and leave out ${described(fading, el)}, which ${fading.length > 1 ? 'fade' : 'fades'} it further` : ''}`,
  );
  return true;
}

/** The schemes in which the worst of these runs, drawn as they are (fades and all), does not read. */
function failingAsDrawn(shown: Run[]): { scheme: Scheme; contrast: number; needed: number }[] {
  const failing: { scheme: Scheme; contrast: number; needed: number }[] = [];
  for (const scheme of SCHEMES) {
    const seen = shown.map((run) => ({
      contrast: contrastIn(run, scheme, run.fades),
      needed: run.needed,
    }));
    const worst = seen.reduce((a, b) => (b.contrast / b.needed < a.contrast / a.needed ? b : a));
    if (worst.contrast < worst.needed) failing.push({ scheme, ...worst });
  }
  return failing;
}

/** `2.4:1 on its background in the light theme and …`, and the most any of them needs. */
function shortfall(failing: { scheme: Scheme; contrast: number; needed: number }[]) {
  return {
    where: failing
      .map(({ scheme, contrast }) => `${ratio(contrast)} on its background in the ${scheme} theme`)
      .join(' and '),
    needed: Math.max(...failing.map((f) => f.needed)),
  };
}

/**
 * Text that reads without its text-shadow and not with it (a dark glow 0.2em wide spreads
 * behind dark text): reported at the style that sets the shadow, whose fix is to leave it out.
 */
function reportShadow(el: El, shown: Run[], report: Report): void {
  const failing = failingAsDrawn(shown);
  const written = shown[0]!.shadow!.written;
  const { where, needed } = shortfall(failing);
  report(
    el,
    `<${el.name}> with text-shadow: ${written} lowers its text's contrast to ${where}, where ${needed}:1 is needed, which it meets without the shadow: leave the text-shadow out`,
  );
}

/** Each element that fades some of these runs, once. */
const fadesIn = (runs: Run[]): Fade[] => [
  ...new Map(runs.flatMap((run) => run.fades.map((fade) => [fade.el, fade] as const))).values(),
];

/** `its opacity: 0.5`, `opacity: 0.5 on the <div> around it`, for each fade named. */
function described(fading: Fade[], from: El): string {
  return fading
    .map(({ el, written }) => {
      if (el === from) return `its opacity: ${written}`;
      return `opacity: ${written} on the <${el.name}> ${contains(el, from) ? 'around' : 'inside'} it`;
    })
    .join(' and ');
}

/** The opacities tried as a fix, in steps of 0.05. */
const OPACITY_STEPS = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * Text whose colours pass at full opacity, faded by `el`'s inline opacity (and any around it)
 * under the ratio it needs: the fix is the least opacity, in steps of 0.05, at which all of it
 * passes in both themes, else leaving the opacities out.
 */
function reportFaded(el: El, shown: Run[], report: Report): void {
  const failing = failingAsDrawn(shown);
  if (failing.length === 0) return;
  const passesAt = (value: number) =>
    SCHEMES.every((scheme) =>
      shown.every(
        (run) => contrastIn(run, scheme, run.fades, { alpha: { el, value } }) >= run.needed,
      ),
    );
  const least = OPACITY_STEPS.find((value) => value > 0 && passesAt(value));
  const asWritten = shown[0]!.fades[0]!.written;
  const { where, needed } = shortfall(failing);
  const around = fadesIn(shown).filter((fade) => fade.el !== el);
  const fix =
    least === undefined
      ? `leave out its opacity and ${described(around, el)}`
      : least < 1
        ? `write opacity: ${least} or more, or leave the opacity out`
        : 'leave the opacity out';
  report(
    el,
    `<${el.name}> with opacity: ${asWritten} gives its text a contrast of ${where}, where ${needed}:1 is needed: ${fix}`,
  );
}

/** Whether `outer` is `inner` or one of its ancestors. */
function contains(outer: El, inner: El): boolean {
  for (let node: El | undefined = inner; node; node = node.parent) if (node === outer) return true;
  return false;
}

/**
 * `text-contrast`: text coloured in an inline style (`<span style="color: #333">`, `style={{ color: 'navy' }}`) or on an inline background (`<span style="background: yellow">`), or by the colour attributes old editors and e-mails write (`<font color="#ff0">`, `<td bgcolor="#000">`, under any inline style; the fix is the style to write in their place), whose contrast is under WCAG's 4.5:1 (3:1 for large text: 24px, or 18.66px in bold, by an inline size, `font-size` or the `font` shorthand, `em` and `%` of the parent's size, bold by `font-weight` or a bold element such as `<strong>`; else a heading of level 1 to 3) in the light or the dark theme, judged against the theme's own colours where the style sets none (its text, a link's accent, its background or the surface of a callout or of a code block). A see-through inline background is drawn over the inline background under it. Text no one sees (an `sr-only` line) and text of an inactive control, its label or what it is labelled or described by (`disabled`, in a `<fieldset disabled>`, `aria-disabled="true"`) are left alone, as WCAG 1.4.3 asks no contrast of them. The message gives a colour that meets it, of the same hue, for each theme that needs one. Text faded by an inline `opacity` (on it or an element around it, `<span style="opacity: 0.4">`) is drawn as the browser draws it, over what is behind the faded element, in the theme's colours too; where its colours pass at full opacity, the message gives the least opacity, in steps of 0.05, at which they pass in both themes. An inline `text-shadow`, `-webkit-text-stroke` and `-webkit-text-fill-color` count as axe-core counts them: a glow or an outline around the glyphs, or a stroke 0.03em wide or more, makes text read that stands out from it (dark text with a white glow on a dark grey); a glow blurred 0.2em or more spreads behind the text, and where only that makes it unreadable the message says to leave the shadow out; a fill colour paints the glyphs instead of `color`. Every colour the message gives is tried with the shadow drawn. On a gradient background (`background` or `background-image`, linear, radial or conic, of colours the check can read), text is judged by the most it stands out anywhere on it (ACT's highest possible contrast), and the colour the message gives reads on all of it where one does; a gradient the theme's text does not read on gets a colour for each theme to write in its place. Text, symbols aside: a row of dashes or a `•` between links says nothing in words and is left alone. `var(…)`, `currentColor`, background images (`url(…)`), what a see-through panel or a fade shows of a gradient, shadows on two or three sides of the glyphs (a sharp drop shadow) and styles only the build knows are left to the page.
 *
 * @fix Leave the colour to the theme, or write the pair the message gives, `color: light-dark(#333, #808080)`: CSS's light-dark() gives each theme its own colour. Where the message names a `text-shadow`, leave the shadow out.
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   <span style="color: light-dark(#8a1c1c, #ffb4ab)">Deadline: Friday</span>, and
 *   <span style={{ color: 'var(--accent)' }}>a colour of the theme</span>.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <span style="color: #333">Pasted from my notes</span>
 *
 *   <span style="background: yellow">Key point</span>
 *
 *   <span style="opacity: 0.4">Draft, not final</span>
 *
 *   <span style="color: #000; background: #777; text-shadow: black 0 0 0.2em">Box, box</span>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:54: <span> with color: #333 gives its text a contrast of 1.4:1 on its background in the dark theme, where 4.5:1 is needed: write color: light-dark(#333, #808080), a colour for each theme, or leave the colour to the theme
 *   3:1-3:50: <span> with background: yellow gives its text a contrast of 1.1:1 with its text in the dark theme, where 4.5:1 is needed: write background: light-dark(yellow, #716a00), a colour for each theme, or leave the background to the theme
 *   5:1-5:51: <span> with opacity: 0.4 gives its text a contrast of 2.4:1 on its background in the light theme and 3.3:1 on its background in the dark theme, where 4.5:1 is needed: write opacity: 0.65 or more, or leave the opacity out
 *   7:1-7:90: <span> with text-shadow: black 0 0 0.2em lowers its text's contrast to 2.7:1 on its background in the light theme and 2.7:1 on its background in the dark theme, where 4.5:1 is needed, which it meets without the shadow: leave the text-shadow out
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <!doctype html><html lang="en"><title>Week 3</title><main><p style="color: light-dark(#1b6b35, #86d49b)">On track</p></main></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <!doctype html><html lang="en"><title>Week 3</title><main>
 *   <h2 style="color: navy">Pit stops</h2>
 *   </main></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   2:1-2:39: <h2> with color: navy gives its text a contrast of 1.1:1 on its background in the dark theme, where 3:1 is needed: write color: light-dark(navy, #2f5fd3), a colour for each theme, or leave the colour to the theme
 */
const rule: GateRule = {
  id: 'text-contrast',
  severity: 'error',
  source: checkTextContrast,
  html: checkTextContrast,
};
export default rule;
