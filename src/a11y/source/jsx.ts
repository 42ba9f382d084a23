import {
  DYNAMIC,
  HtmlFeeder,
  append,
  appendText,
  createElement,
  type AttrValue,
  type El,
  type Model,
  type TextNode,
} from '../core/model.ts';
import { FUNCTION, isJs, patternNames, scopeNames, type Js } from '../core/estree.ts';
import { miscasedProp } from './miscased-props.ts';

export type { Js };

/**
 * The JavaScript of an MDX file, read as far as it can be known before the build: constant
 * values (`alt={"Lap " + 3}`, `alt={caption}` after `export const caption = "…"`, a spread of a
 * constant object) and the JSX inside `{expressions}` and `export`ed components. The build
 * renders all of them, and its built-pages layer would stop on an image without alt text there;
 * `npm run check` has to see them too, at their line. What depends on imports, props or function
 * arguments stays unknown (`DYNAMIC`) and is left to the build, which judges the page; a
 * component's props are known where one use of it gives them (`givenProps`, passed-props.ts).
 */

/** A value no static reading can know: an import, a prop, a call. */
export const UNKNOWN: unique symbol = Symbol('unknown');
type Value = unknown;

/** Names bound in a scope; `UNKNOWN` for names bound to something only the build knows. */
export type Scope = { names: Map<string, Value>; parent?: Scope };

/** `undefined`, `NaN` and `Infinity`: the scope every file's own scope sits in. */
export const GLOBAL_SCOPE: Scope = {
  names: new Map<string, Value>([
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ]),
};

function lookup(scope: Scope | undefined, name: string): Value {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return s.names.get(name);
  return UNKNOWN;
}

/** Marks an object every field of which is known: one it does not have is `undefined`. */
const CLOSED: unique symbol = Symbol('closed');
/** Marks an object whose every field is a marker naming it (`tracedProps`). */
const TRACED: unique symbol = Symbol('traced');
const PROP_MARK = '\u0000prop:';

/**
 * The props one use of a component gives it (`<Pic src="a.png" />`), as the component's
 * frontmatter reads them: a prop not given is `undefined`; one given by an expression only the
 * build knows is unknown, and so is one whose type the model's rendered text no longer says
 * (`"true"`, `"false"`, `""` for a boolean attribute's name: a string or a boolean). Names are
 * matched without case, as the model keeps attribute names lower-cased.
 */
export function givenProps(use: El): Record<string, Value> {
  const out: Record<string, Value> = Object.create(null);
  for (const [name, value] of Object.entries(use.attrs)) {
    const unclear =
      value === DYNAMIC ||
      value === 'true' ||
      value === 'false' ||
      (value === '' && BOOLEAN_ATTRIBUTES.test(name));
    out[name] = use.valueless?.includes(name) ? true : unclear ? UNKNOWN : value;
  }
  Object.defineProperty(out, CLOSED, { value: true });
  return out;
}

/** An object every field of which is known (a file's frontmatter): one it lacks is `undefined`. */
export function closedObject(fields: Record<string, Value>): Record<string, Value> {
  const out: Record<string, Value> = Object.assign(Object.create(null), fields);
  Object.defineProperty(out, CLOSED, { value: true });
  return out;
}

/**
 * Props whose every field is a marker naming the prop: a component's model built with them says
 * which prop each attribute is (`alt={alt}` renders the marker of `alt`; see `tracedProp`).
 */
export function tracedProps(): Record<string, Value> {
  const out: Record<string, Value> = Object.create(null);
  Object.defineProperty(out, TRACED, { value: true });
  return out;
}

/** The prop an attribute of a model built with `tracedProps` is, when it is one as given. */
export function tracedProp(value: AttrValue | undefined): string | undefined {
  return typeof value === 'string' && value.startsWith(PROP_MARK) && !value.includes(PROP_MARK, 1)
    ? value.slice(PROP_MARK.length)
    : undefined;
}

/** A field of a known object: its own, `undefined` where it is closed, else unknown. */
function fieldOf(object: Record<string, Value>, key: string): Value {
  if (Object.hasOwn(object, key)) return object[key];
  if (TRACED in object) return PROP_MARK + key;
  if (!(CLOSED in object)) return UNKNOWN;
  const lower = key.toLowerCase();
  return Object.hasOwn(object, lower) ? object[lower] : undefined;
}

/**
 * The file's module scope: each top-level `const` with a value known here. MDX hoists every
 * `import`/`export` above the content, so these are in scope in every expression of the file.
 * `let` and `var` may be reassigned, imports and functions are only known to the build.
 */
export function moduleScope(programs: Js[], parent: Scope = GLOBAL_SCOPE): Scope {
  const scope: Scope = { names: new Map(), parent };
  for (const program of programs) {
    for (const statement of (program.body as Js[] | undefined) ?? []) {
      const declaration =
        statement.type === 'ExportNamedDeclaration'
          ? (statement.declaration as Js | null)
          : statement;
      if (!declaration) continue;
      if (declaration.type === 'VariableDeclaration') {
        for (const d of declaration.declarations as Js[]) {
          const known = declaration.kind === 'const' && d.init;
          bind(scope, d.id as Js, known ? evaluate(d.init as Js, scope) : UNKNOWN);
        }
      } else if (declaration.id) bind(scope, declaration.id as Js, UNKNOWN);
    }
  }
  return scope;
}

/**
 * Binds every name a pattern declares to its part of `value`: the name itself, or a field of a
 * known object (`const { alt, title = 'Map' } = Astro.props` in a component given its props).
 * What cannot be known (a field of an unknown value, a computed key, `...rest` of an object not
 * closed) is unknown.
 */
function bind(scope: Scope, pattern: Js | null | undefined, value: Value): void {
  if (pattern?.type === 'Identifier') {
    scope.names.set(pattern.name as string, value);
    return;
  }
  if (pattern?.type !== 'ObjectPattern' || !isPlainObject(value)) {
    for (const name of patternNamesOf(pattern)) scope.names.set(name, UNKNOWN);
    return;
  }
  const taken = new Set<string>();
  for (const property of pattern.properties as Js[]) {
    if (property.type === 'RestElement') {
      const rest: Record<string, Value> = Object.create(null);
      for (const [key, field] of Object.entries(value)) if (!taken.has(key)) rest[key] = field;
      if (CLOSED in value) Object.defineProperty(rest, CLOSED, { value: true });
      bind(scope, property.argument as Js, CLOSED in value ? rest : UNKNOWN);
      continue;
    }
    const keyNode = property.key as Js;
    const key = property.computed
      ? undefined
      : keyNode.type === 'Identifier'
        ? (keyNode.name as string)
        : typeof keyNode.value === 'string'
          ? keyNode.value
          : undefined;
    let target = property.value as Js;
    let field = key === undefined ? UNKNOWN : fieldOf(value, key);
    if (key !== undefined) taken.add(CLOSED in value ? key.toLowerCase() : key);
    if (target.type === 'AssignmentPattern') {
      if (field === undefined) field = evaluate(target.right as Js, scope);
      target = target.left as Js;
    }
    bind(scope, target, field);
  }
}

function patternNamesOf(pattern: Js | null | undefined): Set<string> {
  const names = new Set<string>();
  patternNames(pattern, names);
  return names;
}

/** A function's own scope: its parameters and everything declared in its body are unknown. */
function functionScope(fn: Js, parent: Scope): Scope {
  return { names: new Map([...scopeNames(fn)].map((name) => [name, UNKNOWN])), parent };
}

/**
 * The value of an expression, when it is made of constants: literals, template literals,
 * arithmetic, comparisons, `&&`/`||`/`??`, `?:`, `!`, `typeof`, `void`, object and array literals
 * and their members. `UNKNOWN` for anything else.
 */
export function evaluate(node: Js | null | undefined, scope: Scope): Value {
  if (!node) return UNKNOWN;
  switch (node.type) {
    case 'Literal':
      return (node as { regex?: unknown }).regex ? UNKNOWN : node.value;
    case 'Identifier':
      return lookup(scope, node.name as string);
    case 'TemplateLiteral': {
      const quasis = node.quasis as Js[];
      let out = String((quasis[0]!.value as { cooked?: string }).cooked ?? '');
      const parts = node.expressions as Js[];
      for (let i = 0; i < parts.length; i++) {
        const value = evaluate(parts[i], scope);
        if (value === UNKNOWN || (typeof value === 'object' && value !== null)) return UNKNOWN;
        out += String(value) + String((quasis[i + 1]!.value as { cooked?: string }).cooked ?? '');
      }
      return out;
    }
    case 'UnaryExpression': {
      if (node.operator === 'void') return undefined;
      const value = evaluate(node.argument as Js, scope);
      if (value === UNKNOWN) return UNKNOWN;
      switch (node.operator) {
        case '!':
          return !value;
        case '-':
          return typeof value === 'number' ? -value : UNKNOWN;
        case '+':
          return typeof value === 'number' || typeof value === 'string' ? Number(value) : UNKNOWN;
        case 'typeof':
          return value === null ? 'object' : typeof value;
        default:
          return UNKNOWN;
      }
    }
    case 'LogicalExpression': {
      const left = evaluate(node.left as Js, scope);
      if (left === UNKNOWN) return UNKNOWN;
      if (node.operator === '&&') return left ? evaluate(node.right as Js, scope) : left;
      if (node.operator === '||') return left ? left : evaluate(node.right as Js, scope);
      return left ?? evaluate(node.right as Js, scope);
    }
    case 'ConditionalExpression': {
      const test = evaluate(node.test as Js, scope);
      if (test === UNKNOWN) return UNKNOWN;
      return evaluate((test ? node.consequent : node.alternate) as Js, scope);
    }
    case 'BinaryExpression':
      return binary(
        node.operator as string,
        evaluate(node.left as Js, scope),
        evaluate(node.right as Js, scope),
      );
    case 'ParenthesizedExpression':
    case 'ChainExpression':
    // TypeScript in an .astro file's frontmatter (`Astro.props as Props`): the value is the same.
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
      return evaluate(node.expression as Js, scope);
    case 'ObjectExpression': {
      const out: Record<string, Value> = Object.create(null);
      for (const property of node.properties as Js[]) {
        if (property.type === 'SpreadElement') {
          const spread = evaluate(property.argument as Js, scope);
          if (!isPlainObject(spread)) return UNKNOWN;
          Object.assign(out, spread);
          continue;
        }
        const key = property.computed
          ? evaluate(property.key as Js, scope)
          : (property.key as Js).type === 'Identifier'
            ? (property.key as Js).name
            : (property.key as Js).value;
        if (typeof key !== 'string' && typeof key !== 'number') return UNKNOWN;
        out[String(key)] =
          property.kind === 'init' ? evaluate(property.value as Js, scope) : UNKNOWN;
      }
      return out;
    }
    case 'ArrayExpression': {
      const out: Value[] = [];
      for (const element of node.elements as (Js | null)[]) {
        if (element?.type === 'SpreadElement') return UNKNOWN;
        out.push(element ? evaluate(element, scope) : undefined);
      }
      return out;
    }
    case 'MemberExpression': {
      const object = evaluate(node.object as Js, scope);
      if (object === UNKNOWN || object === null || object === undefined) return UNKNOWN;
      const key = node.computed
        ? evaluate(node.property as Js, scope)
        : ((node.property as Js).name as string);
      if (typeof key !== 'string' && typeof key !== 'number') return UNKNOWN;
      if (typeof object === 'string') return key === 'length' ? object.length : UNKNOWN;
      if (Array.isArray(object))
        return typeof key === 'number' || /^\d+$/.test(key) ? object[Number(key)] : UNKNOWN;
      // Only own fields of a literal: `toString` and the like are functions the build would call.
      return isPlainObject(object) ? fieldOf(object, String(key)) : UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

function isPlainObject(value: Value): value is Record<string, Value> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function binary(operator: string, left: Value, right: Value): Value {
  if (left === UNKNOWN || right === UNKNOWN) return UNKNOWN;
  const primitive = (v: Value) => v === null || typeof v !== 'object';
  if (!primitive(left) || !primitive(right)) return UNKNOWN;
  const [a, b] = [left as number, right as number];
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '===':
      return a === b;
    case '!==':
      return a !== b;
    case '==':
      return a == b;
    case '!=':
      return a != b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    default:
      return UNKNOWN;
  }
}

/**
 * Attributes Astro renders bare (`controls`) for `true` and leaves out for `false`; every other
 * attribute renders `name="true"` / `name="false"` for a boolean (Astro's `addAttribute`).
 */
const BOOLEAN_ATTRIBUTES =
  /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|disablepictureinpicture|disableremoteplayback|formnovalidate|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope|hidden|download|popover)$/i;

/**
 * What a JSX attribute's value renders as on the page: a string as written, a number as its
 * digits, a boolean as Astro renders it, nothing at all for `undefined` and `null` (so
 * `alt={undefined}` is a missing alt, not a dynamic one). Objects, functions and what only the
 * build knows are `DYNAMIC`.
 */
export function renderedAttribute(name: string, value: Value): AttrValue | undefined {
  if (value === UNKNOWN) return DYNAMIC;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') {
    if (BOOLEAN_ATTRIBUTES.test(name)) return value ? '' : undefined;
    return String(value);
  }
  if (name === 'style' && isPlainObject(value)) return styleText(value);
  return DYNAMIC;
}

/**
 * `style={{ display: 'none' }}` as Astro writes it on the page (its `toStyleString`): each
 * property with a text or number value, camelCase made kebab-case, joined by `;`. So a
 * transcript hidden that way is hidden to the gate's source layer too.
 */
function styleText(style: Record<string, unknown>): AttrValue {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(style)) {
    if (value === UNKNOWN) return DYNAMIC;
    if (!((typeof value === 'string' && value.trim()) || typeof value === 'number')) continue;
    const property =
      key.startsWith('--') || key.toLowerCase() === key
        ? key
        : key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    parts.push(`${property}:${String(value)}`);
  }
  return parts.join(';');
}

/** The value of an `{expression}` or `{...spread}` program, as mdast's `data.estree` holds it. */
export function programExpression(program: Js | undefined): Js | undefined {
  const statement = (program?.body as Js[] | undefined)?.[0];
  return statement?.type === 'ExpressionStatement' ? (statement.expression as Js) : undefined;
}

/**
 * Sets the attributes a constant spread (`{...figure}` with `export const figure = {…}`) gives
 * an element; false when the spread is not known here, and the element may have any attribute.
 */
function spreadAttributes(
  argument: Js | undefined,
  scope: Scope,
  attrs: Record<string, AttrValue>,
): boolean {
  const value = evaluate(argument, scope);
  if (!isPlainObject(value)) return false;
  for (const [key, field] of Object.entries(value)) {
    const name = key.toLowerCase();
    const rendered = renderedAttribute(name, field);
    if (rendered === undefined) delete attrs[name];
    else attrs[name] = rendered;
  }
  return true;
}

/**
 * Adds what an `{expression}` renders to `parent`: its text when that is constant, the JSX
 * elements it may render (both branches of an unknown `?:`, the right of an unknown `&&`, the
 * JSX a `.map()` callback returns), and a `DYNAMIC` text for any part only the build knows.
 */
export function appendExpression(
  model: Model,
  parent: El,
  expression: Js | undefined,
  scope: Scope,
): void {
  if (!expression || expression.type === 'JSXEmptyExpression') return;
  const value = evaluate(expression, scope);
  if (value !== UNKNOWN) {
    if (typeof value === 'string' || typeof value === 'number') appendText(parent, String(value));
    return;
  }
  switch (expression.type) {
    case 'JSXElement':
    case 'JSXFragment':
      appendJsx(model, parent, expression, scope);
      return;
    case 'LogicalExpression': {
      const left = evaluate(expression.left as Js, scope);
      if (left === UNKNOWN) {
        // `cond && <video />`: the left renders nothing worth checking when false.
        if (expression.operator !== '&&')
          appendExpression(model, parent, expression.left as Js, scope);
        appendExpression(model, parent, expression.right as Js, scope);
      } else appendExpression(model, parent, expression.right as Js, scope);
      return;
    }
    case 'ConditionalExpression': {
      const test = evaluate(expression.test as Js, scope);
      if (test === UNKNOWN) {
        appendExpression(model, parent, expression.consequent as Js, scope);
        appendExpression(model, parent, expression.alternate as Js, scope);
      } else
        appendExpression(
          model,
          parent,
          (test ? expression.consequent : expression.alternate) as Js,
          scope,
        );
      return;
    }
    case 'ArrayExpression':
      for (const element of expression.elements as (Js | null)[])
        appendExpression(
          model,
          parent,
          element?.type === 'SpreadElement' ? (element.argument as Js) : (element ?? undefined),
          scope,
        );
      return;
    case 'ParenthesizedExpression':
    case 'ChainExpression':
      appendExpression(model, parent, expression.expression as Js, scope);
      return;
    default:
      if (appendJsxWithin(model, parent, expression, scope)) return;
      appendText(parent, DYNAMIC);
      if (rendersChildren(expression)) (parent.children.at(-1) as TextNode).slot = true;
  }
}

/** `children` or `props.children`: a component's place for what its user writes between its tags. */
function rendersChildren(expression: Js): boolean {
  if (expression.type === 'Identifier') return expression.name === 'children';
  return (
    expression.type === 'MemberExpression' &&
    !expression.computed &&
    (expression.property as Js).type === 'Identifier' &&
    (expression.property as Js).name === 'children'
  );
}

/**
 * The JSX written anywhere inside some JavaScript (a call's callback, a component's body), added
 * to `parent` in the order written; false when there is none. Functions get their own scope, in
 * which their parameters and locals are unknown.
 */
export function appendJsxWithin(model: Model, parent: El, node: unknown, scope: Scope): boolean {
  if (Array.isArray(node)) {
    let found = false;
    for (const item of node) found = appendJsxWithin(model, parent, item, scope) || found;
    return found;
  }
  if (!isJs(node)) return false;
  if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
    appendJsx(model, parent, node, scope);
    return true;
  }
  const inner = FUNCTION.has(node.type) ? functionScope(node, scope) : scope;
  let found = false;
  for (const key in node) {
    if (key === 'loc' || key === 'range') continue;
    found = appendJsxWithin(model, parent, node[key], inner) || found;
  }
  return found;
}

/** The name a JSX element is written with: `img`, `Video`, `Media.Player`, `svg:rect`. */
function jsxName(name: Js | undefined): string | undefined {
  if (!name) return undefined;
  if (name.type === 'JSXIdentifier') return name.name as string;
  if (name.type === 'JSXNamespacedName')
    return `${(name.namespace as Js).name as string}:${(name.name as Js).name as string}`;
  if (name.type === 'JSXMemberExpression')
    return `${jsxName(name.object as Js) ?? ''}.${(name.property as Js).name as string}`;
  return undefined;
}

/** One attribute as written on a JSX element, its value already read as the page gets it. */
export type WrittenAttribute =
  | { spread: Js | undefined }
  | {
      /** Lower-cased. */
      name: string;
      /** As written, when that is not lower-case (`imageAlt`). */
      written?: string;
      /** `undefined`: the attribute renders nothing (`alt={undefined}`). */
      value: AttrValue | undefined;
      /** Written without a value (`<img alt />`). */
      valueless: boolean;
      /** Where a literal string value is written. */
      range?: [number, number];
      /** The expression a value is written as (`frontmatter.heroAlt` of `alt={frontmatter.heroAlt}`). */
      expression?: string;
    };

/**
 * The model's element for a JSX element, MDX's (mdast) or one inside JavaScript (estree): its
 * attributes applied in the order written, so a later one overrides an earlier one or a spread.
 */
export function jsxElement(
  written: string,
  attributes: WrittenAttribute[],
  scope: Scope,
  parent: El,
  offset: number,
  end: number | undefined,
): El {
  const intrinsic = /^[a-z]/.test(written) && !/[.:]/.test(written);
  const attrs: Record<string, AttrValue> = Object.create(null);
  let spread = false;
  const valueless: string[] = [];
  let ranges: Record<string, [number, number]> | undefined;
  let miscased: Record<string, string> | undefined;
  let unset: Record<string, string> | undefined;
  let expressions: Record<string, string> | undefined;
  for (const attribute of attributes) {
    if ('spread' in attribute) {
      if (!spreadAttributes(attribute.spread, scope, attrs)) spread = true;
      continue;
    }
    const { name, value, range } = attribute;
    // A prop written in another case than the component takes it never reaches it.
    const meant = intrinsic ? undefined : miscasedProp(written, attribute.written ?? name);
    if (meant) {
      (miscased ??= Object.create(null) as Record<string, string>)[attribute.written ?? name] =
        meant;
      continue;
    }
    if (value === undefined) {
      delete attrs[name]; // renders no attribute, whatever an earlier one said
      // `alt={undefined}` says so itself; `alt={frontmatter.heroAlt}` does not.
      if (attribute.expression && !/^(?:undefined|null|void\s+0)$/.test(attribute.expression))
        (unset ??= Object.create(null) as Record<string, string>)[name] = attribute.expression;
      continue;
    }
    if (unset) delete unset[name];
    attrs[name] = value;
    if (value === DYNAMIC && attribute.expression)
      (expressions ??= Object.create(null) as Record<string, string>)[name] = attribute.expression;
    else if (expressions) delete expressions[name];
    if (attribute.valueless) valueless.push(name);
    if (range) (ranges ??= Object.create(null) as Record<string, [number, number]>)[name] = range;
    else if (ranges) delete ranges[name];
  }
  const el = createElement(
    intrinsic ? written.toLowerCase() : written,
    intrinsic ? 'html' : 'component',
    attrs,
    parent,
    offset,
    end,
  );
  el.spread = spread;
  if (ranges) el.attrRanges = ranges;
  if (valueless.length) el.valueless = valueless;
  if (miscased) el.miscased = miscased;
  if (unset && Object.keys(unset).length) el.unset = unset;
  if (expressions && Object.keys(expressions).length) el.expressions = expressions;
  return el;
}

/** One JSX element or fragment, with its attributes and children, as the model's elements. */
function appendJsx(model: Model, parent: El, node: Js, scope: Scope): void {
  if (node.type === 'JSXFragment') {
    appendChildren(model, parent, node.children as Js[], scope);
    return;
  }
  const opening = node.openingElement as Js;
  const written = jsxName(opening.name as Js);
  if (!written) return;
  const attributes: WrittenAttribute[] = [];
  for (const attribute of opening.attributes as Js[]) {
    if (attribute.type === 'JSXSpreadAttribute') {
      attributes.push({ spread: attribute.argument as Js });
      continue;
    }
    const asWritten = jsxName(attribute.name as Js);
    const name = asWritten?.toLowerCase();
    if (!name) continue;
    const raw = attribute.value as Js | null;
    const literal = raw?.type === 'Literal' && raw.start !== undefined && raw.end !== undefined;
    const value =
      raw === null
        ? renderedAttribute(name, true)
        : raw.type === 'Literal'
          ? renderedAttribute(name, raw.value)
          : raw.type === 'JSXExpressionContainer'
            ? renderedAttribute(name, evaluate(raw.expression as Js, scope))
            : DYNAMIC;
    // A name only the build knows (an import's), for rules that read the file's imports.
    const named =
      value === DYNAMIC &&
      raw?.type === 'JSXExpressionContainer' &&
      (raw.expression as Js).type === 'Identifier'
        ? String((raw.expression as Js).name)
        : undefined;
    attributes.push({
      name,
      value,
      valueless: raw === null,
      ...(asWritten !== name && { written: asWritten }),
      ...(literal && { range: [raw.start! + 1, raw.end!] as [number, number] }),
      ...(named && { expression: named }),
    });
  }
  const el = jsxElement(written, attributes, scope, parent, node.start ?? parent.offset, node.end);
  append(model, parent, el);
  if (!appendSetContent(model, el)) appendChildren(model, el, node.children as Js[], scope);
}

/**
 * What Astro's `set:html` and `set:text` put in an element in place of its children, in MDX as
 * in `.astro` (`<a href="/about/" set:html="About me" />` renders a link with text): a constant
 * string's HTML or text, else text only the build knows. False when the element has neither;
 * the directive itself is no attribute of the page.
 */
export function appendSetContent(model: Model, el: El): boolean {
  const html = el.attrs['set:html'];
  const text = el.attrs['set:text'];
  if (html === undefined && text === undefined) return false;
  const at = el.attrRanges?.['set:html']?.[0] ?? el.offset;
  delete el.attrs['set:html'];
  delete el.attrs['set:text'];
  if (html === DYNAMIC || (html === undefined && text === DYNAMIC)) appendText(el, DYNAMIC);
  else if (html !== undefined) {
    const feeder = new HtmlFeeder(model, el);
    feeder.write(html, at);
    feeder.end();
  } else if (text !== undefined) appendText(el, text);
  return true;
}

function appendChildren(model: Model, parent: El, children: Js[], scope: Scope): void {
  for (const child of children) {
    if (child.type === 'JSXText') appendText(parent, child.value as string);
    else if (child.type === 'JSXExpressionContainer')
      appendExpression(model, parent, child.expression as Js, scope);
    else if (child.type === 'JSXSpreadChild') appendText(parent, DYNAMIC);
    else appendJsx(model, parent, child, scope);
  }
}
