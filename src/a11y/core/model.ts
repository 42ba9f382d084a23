import { Parser } from 'htmlparser2';

/**
 * One document model for both layers of the gate. The source layer builds it from Markdown/MDX
 * (mdast, JSX and raw HTML), the HTML layer from built pages, and every rule checks this model,
 * so a rule is written once and means the same thing in `npm run check` and in `npm run build`.
 */

/** An attribute whose value is only known at render time (`alt={caption}`, `{...props}`). */
export const DYNAMIC: unique symbol = Symbol('dynamic');
export type AttrValue = string | typeof DYNAMIC;

export interface TextNode {
  kind: 'text';
  /** `DYNAMIC` for an MDX expression such as `{caption}`: text we cannot see at this layer. */
  value: string | typeof DYNAMIC;
  parent: El;
  /**
   * `{children}` (or `{props.children}`) in a component the MDX file defines: what is written
   * between the component's tags wherever the content uses it (`<Clip>…</Clip>`) renders here.
   */
  slot?: true;
  /** Where the text starts and ends in the file, for text parsed from HTML (raw HTML in Markdown). */
  offset?: number;
  end?: number;
}

export interface El {
  kind: 'element';
  /** Tag name, lower-case for HTML; MDX component names as written (`Video`, `Image`). */
  name: string;
  /** `html`: HTML or JSX intrinsic element; `component`: a capitalised MDX component; `markdown`: `![alt](src)`. */
  origin: 'html' | 'component' | 'markdown';
  /** Attribute names are lower-cased; boolean attributes have the value `''`. */
  attrs: Record<string, AttrValue>;
  /** JSX `{...props}`: any attribute might be set. */
  spread: boolean;
  children: Node[];
  parent: El | undefined;
  /** Offset of the element's start in the file's text. */
  offset: number;
  /**
   * Offset just past the element: its close tag, or its start tag when it has none (`<img>`,
   * an unclosed `<p>`). Unset for the root and elements made up by a layer.
   */
  end?: number;
  /** Offset just past the start tag, for elements parsed from HTML. */
  tagEnd?: number;
  /** Where each JSX attribute's literal string value is written (between its quotes). */
  attrRanges?: Record<string, [number, number]>;
  /**
   * Extra facts, e.g. `reference` for `![][ref]`, `markdown` for an `<a>` written `[text](url)`
   * or a heading written `## …`,
   * `esm` for what holds the JSX of components an MDX file defines (checked where written,
   * rendered wherever they are used).
   */
  note?: string;
  /** JSX attributes written without a value (`<img alt />`, which renders `alt="true"`). */
  valueless?: string[];
  /**
   * Props written in another case than a component with known props declares them (`ALT=` on
   * `<Figure>`), which the component never receives: left out of `attrs`, as written, with the
   * name it takes (source/miscased-props.ts).
   */
  miscased?: Record<string, string>;
  /**
   * JSX attributes written as an expression whose value is `undefined` here, and so render no
   * attribute (`alt={frontmatter.heroAlt}` in a file whose frontmatter has no `heroAlt`): the
   * expression as written, by attribute name, for messages.
   */
  unset?: Record<string, string>;
  /**
   * JSX attributes whose value only the build knows (`DYNAMIC`), with the expression as written
   * (`picture` of `src={picture}`), for rules that can tell what it is from the file's imports.
   */
  expressions?: Record<string, string>;
}

export type Node = El | TextNode;

/** Frontmatter of a Markdown/MDX file (source layer only). */
export interface Frontmatter {
  data: Record<string, unknown>;
  /** Offset of a top-level key in the file, or of the frontmatter when the key is absent. */
  offsetOf(key: string): number;
  /** A YAML syntax error, if the frontmatter could not be read. */
  error?: { offset: number; message: string; code?: string };
}

/** What an MDX file's `import`/`export` lines bring in (source layer only). */
export interface Esm {
  /**
   * Import sources (`./chart.png`, `../components/Badge.astro`) and where each is written, with
   * the names each takes from its module (`default` for `import Badge from …`), the name the
   * file gives it (`Badge`), and where.
   */
  imports: {
    source: string;
    offset: number;
    names: { name: string; local?: string; offset: number }[];
  }[];
  /** Names the file binds: imported, exported or declared in its ESM. */
  names: Set<string>;
  /**
   * A name an import/export block binds that an earlier block bound already (`first`), or that
   * Astro's MDX compiler declares itself (`frontmatter`, `getHeadings`; `first` is -1): each
   * block is parsed alone, and the bundler stops on the second.
   */
  redeclared: { name: string; offset: number; first: number }[];
}

/** A stretch of a file's text, by offsets: from `start` to just before `end`. */
export interface Span {
  start: number;
  end: number;
}

export interface TemplateSpans {
  /**
   * `{…}` in the content that holds JSX (`{show && <h3>…</h3>}`, `{items.map(…)}`): what it
   * renders is known when the page renders. One without JSX renders text.
   */
  expressions: Span[];
  /** Elements and fragments: what renders together, wherever they stand. */
  groups: Span[];
  /**
   * What renders markup the file does not hold: a component, a `<slot />`, `set:html`, an
   * attribute that passes JSX (`fallback={<h3 />}`), and an element sent to a named slot
   * (`slot="aside"`), which renders where the component puts it.
   */
  barriers: Span[];
}

export interface Model {
  root: El;
  frontmatter?: Frontmatter;
  /** MDX imports and exports (source layer, `.mdx` only). */
  esm?: Esm;
  /**
   * The JavaScript an MDX file holds, as estree programs with offsets into `text` (source layer,
   * `.mdx` only): each `{expression}` in the content, each attribute expression and spread (both
   * run when the page renders) and each `import`/`export` block (run when the module loads). An
   * `.astro` file's model holds its frontmatter as its one `module` program.
   */
  scripts?: {
    program: unknown;
    kind: 'content' | 'attribute' | 'module';
    /** The attribute whose value the expression is (`alt` for `alt={caption}`). */
    attribute?: string;
  }[];
  /**
   * An `.astro` template's parts whose rendering the file alone does not settle (astro-model.ts):
   * what a rule reading the order of elements (`heading-order`) must not look across.
   */
  template?: TemplateSpans;
  /**
   * A source file is part of a page (source layer): an `.astro` file is wherever it is used, an
   * entry's text inside its layout. An id it names (`aria-labelledby`) may stand outside it.
   */
  partOfPage?: 'component' | 'entry';
  /**
   * An `.astro` file that is a page of its own (`src/pages/`): what it writes outside the
   * components it uses is on one page, with nothing around it but its layout.
   */
  ownPage?: boolean;
  /**
   * An `.astro` page of its own that writes every element of its page itself (no component, no
   * `<slot />`, no spread, no output only the render knows): every id its page has is here, so
   * a `#fragment` or an `aria-labelledby` naming another is wrong before any build.
   */
  idsComplete?: boolean;
  /** Every element in document order. */
  elements: El[];
  /**
   * First element with each `id` (string ids only): in an entry, with those the components it
   * uses render there (source/passed-props.ts, `addRenderedIds`).
   */
  byId: Map<string, El>;
  /**
   * An entry uses a component that renders an id only the build knows (`id={…}`): any id may
   * stand on its page, and the built pages judge links and references to one it does not hold.
   */
  renderedIdsUnknown?: boolean;
  /**
   * Ids the build gives the page that no element here carries (source layer): GFM footnotes'
   * `user-content-fn-1`, `user-content-fnref-1` and `footnote-label` (source/model.ts).
   */
  footnoteIds?: string[];
  /** The full text the offsets refer to. */
  text: string;
  /**
   * Markdown nodes that raw HTML encloses (a paragraph between `<code>` and `</code>`), with the
   * element they sit in (source layer): the writing checks leave out what code encloses.
   */
  placedIn?: WeakMap<object, El>;
}

/**
 * Whether an element is written in a component the MDX file defines (`export const Clip = () =>
 * <video … />`): the page has it wherever the content renders the component, not where written.
 */
export function inFileComponent(el: El): boolean {
  for (let node = el.parent; node; node = node.parent) if (node.note === 'esm') return true;
  return false;
}

export function createElement(
  name: string,
  origin: El['origin'],
  attrs: Record<string, AttrValue>,
  parent: El | undefined,
  offset: number,
  end?: number,
): El {
  const el: El = {
    kind: 'element',
    name,
    origin,
    attrs,
    spread: false,
    children: [],
    parent,
    offset,
  };
  if (end !== undefined) el.end = end;
  return el;
}

/** Registers an element with the model and its parent. */
export function append(model: Model, parent: El, el: El): void {
  parent.children.push(el);
  model.elements.push(el);
  const id = el.attrs.id;
  if (typeof id === 'string' && id && !model.byId.has(id)) model.byId.set(id, el);
}

/**
 * Adds text to an element. Text that continues the element's last text node in the file joins
 * it: htmlparser2 reports `gu&#121;s` as three pieces (`gu`, `y`, `s`), and a reader reads one
 * word.
 */
export function appendText(
  parent: El,
  value: string | typeof DYNAMIC,
  offset?: number,
  end?: number,
): void {
  const last = parent.children.at(-1);
  if (
    offset !== undefined &&
    end !== undefined &&
    typeof value === 'string' &&
    last?.kind === 'text' &&
    typeof last.value === 'string' &&
    last.end === offset
  ) {
    last.value += value;
    last.end = end;
    return;
  }
  const node: TextNode = { kind: 'text', value, parent };
  if (offset !== undefined) Object.assign(node, { offset, end });
  parent.children.push(node);
}

export function emptyModel(text: string): Model {
  const root = createElement('#root', 'html', {}, undefined, 0);
  return { root, elements: [], byId: new Map(), text };
}

/**
 * Elements whose start tag ends an open `<p>` as a browser parses the page (HTML's "close a p
 * element"): written in a Markdown paragraph (`Intro <div>…</div>`), they and what follows them
 * stand beside the paragraph on the page, not in it.
 */
export const CLOSES_PARAGRAPH: ReadonlySet<string> = new Set(
  'address article aside blockquote center details dialog dir div dl dd dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu nav ol p pre search section summary table ul xmp'.split(
    ' ',
  ),
);

/**
 * Feeds HTML into the model below a stack of open elements. One feeder serves a whole page, or
 * all the raw-HTML pieces of one Markdown container: `<video>` in one piece and `</video>` in a
 * later one still nest whatever Markdown lies between them.
 */
export class HtmlFeeder {
  readonly stack: El[];
  private readonly parser: Parser;
  /** Maps positions in the text written so far back to offsets in the file. */
  private readonly chunks: { start: number; offset: number }[] = [];
  private written = 0;
  private readonly model: Model;

  constructor(model: Model, container: El) {
    this.model = model;
    this.stack = [container];
    this.parser = new Parser(
      {
        onopentag: (name, attribs) => {
          // Raw HTML in a Markdown paragraph: the browser ends the <p> here.
          const paragraph = this.stack.length === 1 ? this.stack[0]! : undefined;
          if (
            paragraph?.name === 'p' &&
            paragraph.note === 'markdown' &&
            paragraph.parent &&
            CLOSES_PARAGRAPH.has(name)
          )
            this.stack[0] = paragraph.parent;
          const parent = this.top;
          const el = createElement(
            name,
            'html',
            attribs,
            parent,
            this.fileOffset(this.parser.startIndex),
            this.fileOffset(this.parser.endIndex) + 1, // the start tag, until a close tag comes
          );
          el.tagEnd = el.end;
          append(this.model, parent, el);
          this.stack.push(el);
        },
        onclosetag: (name, implied) => {
          // Close the innermost open element of that name; a stray close tag is ignored.
          for (let i = this.stack.length - 1; i > 0; i--) {
            if (this.stack[i]!.name === name) {
              if (!implied) this.stack[i]!.end = this.fileOffset(this.parser.endIndex) + 1;
              this.stack.length = i;
              return;
            }
          }
        },
        ontext: (text) =>
          appendText(
            this.top,
            text,
            this.fileOffset(this.parser.startIndex),
            this.fileOffset(this.parser.endIndex) + 1,
          ),
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
  }

  /** The element new content belongs to. */
  get top(): El {
    return this.stack[this.stack.length - 1]!;
  }

  write(html: string, offset: number): void {
    this.chunks.push({ start: this.written, offset });
    this.written += html.length;
    this.parser.write(html);
  }

  end(): void {
    this.parser.end();
  }

  private fileOffset(index: number): number {
    const chunks = this.chunks;
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid]!.start <= index) lo = mid;
      else hi = mid - 1;
    }
    const chunk = chunks[lo];
    return chunk ? chunk.offset + (index - chunk.start) : index;
  }
}

/** Parses a whole HTML page (once) into the model. */
export function htmlModel(html: string): Model {
  const model = emptyModel(html);
  const feeder = new HtmlFeeder(model, model.root);
  feeder.write(html, 0);
  feeder.end();
  return model;
}

/** Line and column (both 1-based) of offsets in one text; the line table is built on first use. */
export class Locator {
  private starts: number[] | undefined;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      const text = this.text;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }

  point(offset: number): Point {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** The offset of a 1-based line and column (the line's start when no column is given). */
  offset(line: number, column = 1): number {
    return (this.lineStarts()[line - 1] ?? 0) + column - 1;
  }

  /**
   * Where a report points, as both layers place problems: an element with a known end spans
   * start to end (editors underline all of it); an offset, or an element without one, is a point.
   */
  place(at: El | number): { start: Point; end?: Point } {
    if (typeof at === 'number') return { start: this.point(at) };
    const start = this.point(at.offset);
    return at.end === undefined ? { start } : { start, end: this.point(at.end) };
  }
}

/** A line and column, both 1-based. */
export interface Point {
  line: number;
  column: number;
}
