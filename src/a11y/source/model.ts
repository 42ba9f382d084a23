import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import {
  CLOSES_PARAGRAPH,
  DYNAMIC,
  HtmlFeeder,
  append,
  appendText,
  createElement,
  emptyModel,
  type AttrValue,
  type El,
  type Esm,
  type Frontmatter,
  type Model,
} from '../core/model.ts';
import type { GateConfig } from '../core/config.ts';
import { headingText } from '../core/site-paths.ts';
import type { Document } from 'yaml';
import {
  astroYamlError,
  coreYaml,
  frontmatterDocument,
  keyStart,
  yamlError,
} from '../../lib/content/frontmatter-yaml.ts';
import {
  GLOBAL_SCOPE,
  appendExpression,
  appendJsxWithin,
  closedObject,
  evaluate,
  moduleScope,
  appendSetContent,
  jsxElement,
  programExpression,
  renderedAttribute,
  type Js,
  type Scope,
  type WrittenAttribute,
} from './jsx.ts';
import { CONTROLS, TASK_TEXT_ENDS, UNLABELABLE_HTML } from '../../lib/content/task-lists.ts';
import { MDX_COMPONENT_NAMES } from '../../components/mdx/names.ts';

/** Options every source rule receives (from the pipeline or from .remarkrc.mjs). */
export interface SourceOptions {
  config?: GateConfig;
  /** The rule is `off`: only its problems that stop the build anyway (`stopsBuild`) are reported. */
  onlyStopping?: boolean;
}

/** The loose shape of the mdast (+ MDX, frontmatter, GFM) nodes the model reads. */
interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  name?: string | null;
  alt?: string | null;
  url?: string;
  title?: string | null;
  identifier?: string;
  /** A GFM task list item's box: ticked, not ticked, or null for an item that is no task. */
  checked?: boolean | null;
  depth?: number;
  attributes?: JsxAttribute[];
  position?: { start: { offset?: number }; end?: { offset?: number } };
  data?: { estree?: Js };
}
interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  value?: string | null | { type: string; value: string; data?: { estree?: Js } };
  /** A spread's program (`{...props}`). */
  data?: { estree?: Js };
}
interface EstreeProgram {
  body: {
    type: string;
    /** Where the statement starts in the file (acorn's offsets are the file's). */
    start?: number;
    source?: { value?: unknown };
    specifiers?: {
      type: string;
      start?: number;
      local?: { name?: string; start?: number };
      imported?: { name?: string; value?: unknown };
    }[];
    declaration?: {
      type: string;
      id?: { name?: string; start?: number } | null;
      declarations?: { id?: { type: string; name?: string; start?: number } }[];
    } | null;
    id?: { name?: string; start?: number } | null;
    declarations?: { id?: { type: string; name?: string; start?: number } }[];
    expression?: {
      type: string;
      value?: unknown;
      name?: string;
      operator?: string;
      argument?: { type: string };
      expressions?: unknown[];
      quasis?: { value: { cooked?: string | null } }[];
    };
  }[];
}

/** Container nodes become elements named like what they render, so siblings stay siblings. */
const CONTAINER_NAMES: Record<string, string> = {
  root: '#root',
  paragraph: 'p',
  blockquote: 'blockquote',
  list: 'ul',
  listItem: 'li',
  table: 'table',
  tableRow: 'tr',
  tableCell: 'td',
  emphasis: 'em',
  strong: 'strong',
  delete: 'del',
  footnoteDefinition: 'div',
  mdxJsxFlowElement: 'div',
};

/** A Markdown table's first row, whose cells the page renders as `<th>`, its header. */
function isHeaderRow(row: El): boolean {
  return row.name === 'tr' && row.parent?.children.find((c) => c.kind === 'element') === row;
}

/** Never flagged: ESM, definitions, TOML, math, breaks and rules carry no rendered media. */
const SKIPPED = new Set([
  'mdxjsEsm',
  'definition',
  'toml',
  'math',
  'inlineMath',
  'break',
  'thematicBreak',
]);

/**
 * What ends a Markdown paragraph it is written in: HTML's block elements, and the site's MDX
 * components, each of which renders one (a `<figure>`, a `<div>`, a `<details>`).
 */
const ENDS_PARAGRAPH = new Set<string>([...CLOSES_PARAGRAPH, ...MDX_COMPONENT_NAMES]);

const models = new WeakMap<Root, Model>();

/** The model of one parsed Markdown/MDX file, built once and shared by every rule. */
export function sourceModel(tree: Root, file: VFile): Model {
  let model = models.get(tree);
  if (!model) {
    model = buildModel(tree as unknown as MdNode, String(file.value ?? ''));
    models.set(tree, model);
  }
  return model;
}

function offsetOf(node: MdNode): number {
  return node.position?.start.offset ?? 0;
}

/** Offset just past the node (the whole element, children included), when the parser says. */
function endOf(node: MdNode): number | undefined {
  return node.position?.end?.offset;
}

/**
 * A JSX attribute value as the page will have it: a string as written, a valueless attribute
 * (`<img alt />`) as JSX's `true`, an expression as far as it is constant (jsx.ts).
 */
function jsxValue(name: string, value: JsxAttribute['value'], scope: Scope): AttrValue | undefined {
  if (value === null || value === undefined) return renderedAttribute(name, true);
  if (typeof value === 'string') return value;
  const expression = programExpression(value.data?.estree);
  return expression ? renderedAttribute(name, evaluate(expression, scope)) : DYNAMIC;
}

/** Where a JSX attribute's quoted value is written: after its quote, to the attribute's end. */
function literalRange(attribute: JsxAttribute, text: string): [number, number] | undefined {
  const start = attribute.position?.start.offset;
  const end = attribute.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const quote = /=\s*["']/.exec(text.slice(start, end));
  return quote ? [start + quote.index + quote[0].length, end] : undefined;
}

function buildModel(tree: MdNode, text: string): Model {
  const model = emptyModel(text);
  model.partOfPage = 'entry';
  const esm = (tree.children ?? []).filter((node) => node.type === 'mdxjsEsm');
  const yaml = (tree.children ?? []).find((node) => node.type === 'yaml');
  const frontmatter = yaml && readFrontmatter(yaml, text);
  // `alt={frontmatter.photoAlt}`: MDX's `frontmatter` is the file's own YAML, each field as
  // written, and a field it does not have is `undefined` (no alt text, on the built page too).
  const fields: Scope | undefined =
    frontmatter && !frontmatter.error
      ? { names: new Map([['frontmatter', closedObject(frontmatter.data)]]), parent: GLOBAL_SCOPE }
      : undefined;
  const scope = moduleScope(
    esm.flatMap((node) => node.data?.estree ?? []),
    fields,
  );
  const script = (
    program: Js | undefined,
    kind: 'content' | 'attribute' | 'module',
    attribute?: string,
  ) => {
    if (program) (model.scripts ??= []).push({ program, kind, ...(attribute && { attribute }) });
  };
  for (const node of esm) script(node.data?.estree, 'module');
  let definitions: Map<string, string> | undefined;
  const definitionUrl = (identifier = '') => {
    if (!definitions) {
      definitions = new Map();
      const collect = (node: MdNode) => {
        // The first definition of a label wins, as in CommonMark.
        if (node.type === 'definition' && node.identifier && !definitions!.has(node.identifier))
          definitions!.set(node.identifier, node.url ?? '');
        node.children?.forEach(collect);
      };
      collect(tree);
    }
    return definitions.get(identifier) ?? '';
  };

  const walkChildren = (nodes: MdNode[] | undefined, container: El) => {
    if (!nodes) return;
    let feeder: HtmlFeeder | undefined;
    for (const node of nodes) {
      if (node.type === 'html') {
        feeder ??= new HtmlFeeder(model, container);
        feeder.write(node.value ?? '', offsetOf(node));
        continue;
      }
      const parent = feeder ? feeder.top : container;
      // Inside raw HTML left open (`<code>` before this paragraph): say where, for the writing checks.
      if (parent !== container) (model.placedIn ??= new WeakMap()).set(node, parent);
      walk(node, parent);
    }
    feeder?.end();
  };

  const slugger = new GithubSlugger();
  // Whether the site's Markdown turns `--` into a dash, as Astro's does by default.
  const smart = (tree.data as { smartDashes?: boolean } | undefined)?.smartDashes !== false;
  // The numbers the build shows for footnotes, read only if a heading cites one.
  let numbers: Map<string, number> | undefined;
  // Footnotes by identifier: how often each is referenced, and which are defined.
  const footnotes = { referenced: new Map<string, number>(), defined: new Set<string>() };
  const walk = (node: MdNode, parent: El) => {
    const { type } = node;
    if (type === 'footnoteReference' || type === 'footnoteDefinition') {
      const id = String(node.identifier ?? '');
      if (type === 'footnoteDefinition') footnotes.defined.add(id);
      else footnotes.referenced.set(id, (footnotes.referenced.get(id) ?? 0) + 1);
    }
    if (type === 'mdxjsEsm') {
      readEsm(node, (model.esm ??= { imports: [], names: new Set(), redeclared: [] }));
      return;
    }
    if (SKIPPED.has(type)) return;
    switch (type) {
      case 'yaml':
        model.frontmatter = node === yaml ? frontmatter : readFrontmatter(node, text);
        return;
      case 'text':
        appendText(parent, node.value ?? '');
        return;
      case 'inlineCode': {
        // Text a reader hears like any other: a link written [`npm`](…) has a name.
        const el = createElement('code', 'html', {}, parent, offsetOf(node), endOf(node));
        append(model, parent, el);
        appendText(el, node.value ?? '');
        return;
      }
      case 'code': {
        // A code block is on the page, `<pre><code>`, and a reader meets it: a player's
        // transcript after one is not right after the player, on the page or here.
        const pre = createElement('pre', 'html', {}, parent, offsetOf(node), endOf(node));
        append(model, parent, pre);
        const code = createElement('code', 'html', {}, pre, offsetOf(node), endOf(node));
        append(model, pre, code);
        appendText(code, node.value ?? '');
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // What `{…}` renders, as far as it is known here: constant text, its JSX, or DYNAMIC.
        if (node.data?.estree) {
          script(node.data.estree, 'content');
          appendExpression(model, parent, programExpression(node.data.estree), scope);
        } else if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) appendText(parent, DYNAMIC);
        return;
      case 'image':
      case 'imageReference': {
        const el = createElement(
          'img',
          'markdown',
          // `![alt][ref]` loads what `[ref]: url` names, through the same image pipeline.
          {
            alt: node.alt ?? '',
            src: type === 'image' ? (node.url ?? '') : definitionUrl(node.identifier),
            // `![](x.png "The pit")`: the page writes it as the image's title.
            ...(type === 'image' && node.title ? { title: node.title } : {}),
          },
          parent,
          offsetOf(node),
          endOf(node),
        );
        if (type === 'imageReference') el.note = 'reference';
        append(model, parent, el);
        return;
      }
      case 'link':
      case 'linkReference': {
        const href = type === 'link' ? (node.url ?? '') : definitionUrl(node.identifier);
        const el = createElement('a', 'html', { href }, parent, offsetOf(node), endOf(node));
        // A Markdown link renders as `<a>`, and gets the site's base (src/integrations/base-links.ts);
        // a wiki link (`[[Week 2]]`, where the site's Markdown reads them) goes where its plugins
        // send it.
        const written = text.slice(offsetOf(node), endOf(node));
        el.note =
          type === 'link' && written.startsWith('[[') && written.endsWith(']]')
            ? 'wikilink'
            : 'markdown';
        append(model, parent, el);
        walkChildren(node.children, el);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!node.name) {
          walkChildren(node.children, parent); // a fragment, <>…</>
          return;
        }
        const attributes: WrittenAttribute[] = [];
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            script(attribute.data?.estree, 'attribute');
            attributes.push({ spread: programExpression(attribute.data?.estree) });
            continue;
          }
          if (!attribute.name) continue;
          if (typeof attribute.value === 'object')
            script(attribute.value?.data?.estree, 'attribute', attribute.name);
          const name = attribute.name.toLowerCase();
          const range = typeof attribute.value === 'string' && literalRange(attribute, text);
          const expression =
            typeof attribute.value === 'object' ? attribute.value?.value.trim() : undefined;
          attributes.push({
            name,
            ...(attribute.name !== name && { written: attribute.name }),
            value: jsxValue(name, attribute.value, scope),
            valueless: attribute.value === null || attribute.value === undefined,
            ...(range && { range }),
            ...(expression && { expression }),
          });
        }
        const el = jsxElement(node.name, attributes, scope, parent, offsetOf(node), endOf(node));
        append(model, parent, el);
        if (!appendSetContent(model, el)) walkChildren(node.children, el);
        return;
      }
      default: {
        if (!node.children) return;
        // `Some text` then `<Callout>…</Callout>` on the next line: MDX renders one <p> holding
        // both, and the browser ends the <p> where the <div> starts; what follows sits beside it.
        const at =
          type === 'paragraph'
            ? node.children.findIndex(
                (child) =>
                  child.type === 'mdxJsxTextElement' && ENDS_PARAGRAPH.has(child.name ?? ''),
              )
            : -1;
        const children = at === -1 ? node.children : node.children.slice(0, at);
        const beside = at === -1 ? [] : node.children.slice(at);
        if (
          beside.length &&
          !children.some((child) => child.type !== 'text' || (child.value ?? '').trim())
        ) {
          walkChildren(beside, parent);
          return;
        }
        const name =
          type === 'heading'
            ? `h${node.depth ?? 1}`
            : type === 'tableCell' && isHeaderRow(parent)
              ? 'th'
              : (CONTAINER_NAMES[type] ?? 'div');
        const attrs: Record<string, AttrValue> = Object.create(null);
        // The id the build gives a Markdown heading, so links to it can be checked here.
        // An id its attributes give (`## Plan {#plan}`, where the site reads them) is kept, and
        // takes no slug, as Astro's heading ids do.
        const own = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
        if (type === 'heading')
          attrs.id =
            typeof own === 'string'
              ? own
              : slugger.slug(headingText(node, () => (numbers ??= footnoteNumbers(tree)), smart));
        const end = beside.length ? offsetOf(beside[0]!) : endOf(node);
        const el = createElement(name, 'html', attrs, parent, offsetOf(node), end);
        // Written `## …`, not `<h2>` (a paragraph as a paragraph, not `<p>`; a table with pipes,
        // not `<table>`): messages say what to write in Markdown.
        if (type === 'heading' || type === 'paragraph' || type === 'table') el.note = 'markdown';
        append(model, parent, el);
        if (type === 'listItem' && typeof node.checked === 'boolean') appendTask(node, el);
        else walkChildren(children, el);
        walkChildren(beside, parent);
      }
    }
  };

  /**
   * A task list item (`- [ ] Book the venue`) as the build renders it: its checkbox, labelled
   * with the task's text, the item's first paragraph or what comes before its first block
   * (src/integrations/task-labels.ts), unless that text holds another form control, which a
   * label cannot share.
   */
  const appendTask = (node: MdNode, item: El) => {
    const children = node.children ?? [];
    const first = children[0]?.type === 'paragraph' ? children[0] : undefined;
    let cut = first ? 1 : children.findIndex(endsTaskText);
    if (cut < 0) cut = children.length;
    const run = first ? (first.children ?? []) : children.slice(0, cut);
    const rest = children.slice(cut);
    const start = offsetOf(node);
    const last = run.at(-1);
    // The box is the first `[ ]` or `[x]` after the item's marker.
    const marker = /\[[ xX]\]/.exec(text.slice(start, endOf(node)));
    const at = marker ? start + marker.index : start;
    let holder = item;
    if (first) {
      holder = createElement('p', 'html', {}, item, offsetOf(first), endOf(first));
      holder.note = 'markdown';
      append(model, item, holder);
    }
    if (!run.some(holdsControl)) {
      const label = createElement('label', 'html', {}, holder, at, (last && endOf(last)) ?? at + 3);
      label.note = 'task';
      append(model, holder, label);
      holder = label;
    }
    const attrs: Record<string, AttrValue> = { type: 'checkbox', disabled: '' };
    if (node.checked) attrs.checked = '';
    const box = createElement('input', 'html', attrs, holder, at, at + 3);
    box.note = 'task';
    append(model, holder, box);
    walkChildren(run, holder);
    walkChildren(rest, item);
  };

  walkChildren(tree.children, model.root);
  const footnoteIds = idsOfFootnotes(footnotes.referenced, footnotes.defined);
  if (footnoteIds.length) model.footnoteIds = footnoteIds;
  // Components the file defines (`export const Chart = () => <img … />`) render their JSX
  // wherever they are used: it is checked once, where it is written, after the content.
  for (const node of esm) {
    const container = createElement('div', 'html', {}, model.root, offsetOf(node), endOf(node));
    container.note = 'esm';
    if (!appendJsxWithin(model, container, node.data?.estree, scope)) continue;
    model.root.children.push(container);
    model.elements.push(container);
  }
  return model;
}

/** Markdown that renders as a block, and so ends a task's text (task-labels.ts). */
const BLOCKS = new Set(
  'paragraph list code blockquote heading table thematicBreak math'.split(' '),
);

function endsTaskText(node: MdNode): boolean {
  if (node.type === 'mdxJsxFlowElement') return TASK_TEXT_ENDS.has(node.name ?? '');
  return BLOCKS.has(node.type);
}

/** Whether a task's text holds a form control or a label (task-labels.ts leaves it unlabelled). */
function holdsControl(node: MdNode): boolean {
  if (node.type === 'html') return UNLABELABLE_HTML.test(node.value ?? '');
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement')
    if (CONTROLS.test(node.name ?? '')) return true;
  return !!node.children?.some(holdsControl);
}

/**
 * The ids GFM footnotes give the page, as the build's Markdown to HTML step writes them
 * (mdast-util-to-hast): each footnote that is both referenced and defined gets
 * `user-content-fn-<label>` on its note and `user-content-fnref-<label>` on its first reference
 * (`-2`, `-3` on the next ones), and the notes' heading is `footnote-label`.
 */
function idsOfFootnotes(referenced: Map<string, number>, defined: Set<string>): string[] {
  const ids: string[] = [];
  for (const [identifier, count] of referenced) {
    if (!defined.has(identifier)) continue;
    const label = normalizeUri(identifier.toUpperCase().toLowerCase());
    ids.push(`user-content-fn-${label}`, `user-content-fnref-${label}`);
    for (let n = 2; n <= count; n++) ids.push(`user-content-fnref-${label}-${n}`);
  }
  if (ids.length) ids.push('footnote-label');
  return ids;
}

/**
 * The number the build gives each footnote (mdast-util-to-hast), by identifier: the order of
 * first citation in the text, then of citations inside the notes, which it renders after.
 */
function footnoteNumbers(tree: MdNode): Map<string, number> {
  const numbers = new Map<string, number>();
  const notes: MdNode[] = [];
  const visit = (node: MdNode) => {
    if (node.type === 'footnoteDefinition') return void notes.push(node);
    if (node.type === 'footnoteReference') {
      const id = String(node.identifier ?? '').toUpperCase();
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  for (const note of notes) for (const child of note.children ?? []) visit(child);
  return numbers;
}

/**
 * Names Astro's MDX compiler declares in every MDX module, whatever the file declares: a file
 * that binds one too does not bundle (`Duplicated export 'frontmatter'`). It adds `url`, `file`
 * and `Content` only where the file has none of its own.
 */
const MDX_DECLARES = new Set(['frontmatter', 'getHeadings']);

/** Where each name an MDX file's import/export blocks bind was first bound, per model. */
const firstBound = new WeakMap<Esm, Map<string, number>>();

/** The names an MDX `import`/`export` block binds, and what it imports from where. */
function readEsm(node: MdNode, esm: Esm): void {
  const program = (node as { data?: { estree?: EstreeProgram } }).data?.estree;
  const seen = firstBound.get(esm) ?? new Map<string, number>();
  firstBound.set(esm, seen);
  const block = new Map<string, number>();
  // A name the block binds: in the file's names, and a second binding across blocks noted.
  const bind = (name: string | undefined, at: { start?: number } | null | undefined) => {
    if (!name) return;
    if (name !== 'default') esm.names.add(name);
    if (block.has(name)) return; // twice in one block: acorn has said so already
    const offset = at?.start ?? offsetOf(node);
    block.set(name, offset);
    const first = seen.get(name) ?? (MDX_DECLARES.has(name) ? -1 : undefined);
    if (first === undefined) seen.set(name, offset);
    else esm.redeclared.push({ name, offset, first });
  };
  for (const statement of program?.body ?? []) {
    if (statement.type === 'ImportDeclaration') {
      if (typeof statement.source?.value === 'string')
        esm.imports.push({
          source: statement.source.value,
          offset: statement.start ?? offsetOf(node),
          names: (statement.specifiers ?? []).flatMap((specifier) => {
            const name =
              specifier.type === 'ImportDefaultSpecifier'
                ? 'default'
                : (specifier.imported?.name ?? specifier.imported?.value);
            return specifier.type === 'ImportNamespaceSpecifier' || typeof name !== 'string'
              ? []
              : [
                  {
                    name,
                    ...(specifier.local?.name && { local: specifier.local.name }),
                    offset: specifier.start ?? statement.start ?? offsetOf(node),
                  },
                ];
          }),
        });
      for (const specifier of statement.specifiers ?? [])
        bind(specifier.local?.name, specifier.local ?? specifier);
      continue;
    }
    if (statement.type === 'ExportDefaultDeclaration') {
      bind('default', statement);
      // `export default function Layout() {}` binds Layout for the file's own code too.
      const id = statement.declaration?.id?.name;
      if (id) esm.names.add(id);
      continue;
    }
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    bind(declaration.id?.name, declaration.id);
    for (const d of declaration.declarations ?? [])
      if (d.id?.type === 'Identifier') bind(d.id.name, d.id);
  }
}

function readFrontmatter(node: MdNode, text: string): Frontmatter {
  const start = offsetOf(node);
  const yamlStart = text.indexOf('\n', start) + 1 || start;
  return frontmatterOf(node.value ?? '', yamlStart, start);
}

/**
 * The frontmatter `yaml` (whose text starts at `yamlStart` in the file; `start` is the `---`).
 * Most files' YAML reads cleanly, and then its data comes from js-yaml's quick core-schema read
 * (`coreYaml`); the `yaml` document, which the rules need only to place a problem at a key, is
 * parsed when one asks (`offsetOf`). Parsing it for every file was most of the gate's YAML time.
 * YAML js-yaml refuses, or that is not a set of fields, is read with the document
 * (`frontmatterByDocument`), for its error and where it is. Both give the same frontmatter for
 * YAML that reads cleanly, which a unit test checks.
 */
export function frontmatterOf(yaml: string, yamlStart: number, start: number): Frontmatter {
  const read = coreYaml(yaml);
  const fields = read && (read.data ?? {});
  if (!fields || typeof fields !== 'object' || Array.isArray(fields) || astroYamlError(yaml))
    return frontmatterByDocument(yaml, yamlStart, start);
  return {
    data: fields as Record<string, unknown>,
    offsetOf: (key) => keyOffset(frontmatterDocument(yaml), key, yamlStart, start),
  };
}

/** `frontmatterOf`, every part from the `yaml` document. */
export function frontmatterByDocument(yaml: string, yamlStart: number, start: number): Frontmatter {
  const doc = frontmatterDocument(yaml);
  const error = yamlError(yaml);
  let data: Record<string, unknown> = {};
  try {
    const js = doc.toJS();
    if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
  } catch {
    // An invalid document reports its error below; rules see no data.
  }
  return {
    data,
    offsetOf: (key) => keyOffset(doc, key, yamlStart, start),
    error: error && { ...error, offset: yamlStart + error.offset },
  };
}

/** Where a top-level key is written in the file, or the frontmatter's start when it is not. */
function keyOffset(doc: Document.Parsed, key: string, yamlStart: number, start: number): number {
  const at = keyStart(doc, [key]);
  return at === undefined ? start : yamlStart + at;
}
