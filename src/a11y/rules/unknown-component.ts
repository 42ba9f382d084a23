import { MDX_BUILT_INS, MDX_COMPONENT_NAMES } from '../../components/mdx/names.ts';
import { starlightFix } from '../../components/mdx/other-tools.ts';
import type { El, Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { closestName } from '../../lib/util/closest-name.ts';

export interface UnknownComponent {
  el: El;
  /** The name as written, e.g. `Vidoe` or `Chart.Bar`. */
  name: string;
  suggestion?: string;
}

/**
 * Components an MDX file uses that nothing provides: not in the mapping every entry gets
 * (src/components/mdx/names.ts), not one of Astro's MDX built-ins (`<Fragment>`), not imported, exported or
 * declared in the file itself. MDX compiles them happily; the page then fails to render.
 * `Foo.Bar` needs `Foo`.
 */
export function unknownComponents(model: Model, extra: Iterable<string> = []): UnknownComponent[] {
  const known = new Set<string>([
    ...MDX_COMPONENT_NAMES,
    ...MDX_BUILT_INS,
    ...extra,
    ...(model.esm?.names ?? []),
  ]);
  const found: UnknownComponent[] = [];
  for (const el of model.elements) {
    if (el.origin !== 'component') continue;
    const root = el.name.split('.')[0]!;
    if (known.has(root)) continue;
    found.push({ el, name: el.name, suggestion: closestName(root, known) });
  }
  return found;
}

/** `Unknown component <Vidoe>: did you mean <Video>?` */
export function unknownComponentMessage({ el, name, suggestion }: UnknownComponent): string {
  // Starlight's, brought along with a page: it works only in a Starlight site.
  const type = el.attrs.type;
  const fix = starlightFix(name, typeof type === 'string' ? type.trim().toLowerCase() : undefined);
  if (fix)
    return `Unknown component <${name}>: it is Starlight's, which works only in a Starlight site: ${fix}`;
  if (suggestion) return `Unknown component <${name}>: did you mean <${suggestion}>?`;
  const list = MDX_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');
  return `Unknown component <${name}>: import it at the top of the file (import ${name.split('.')[0]} from '…'), or use one of ${list}`;
}

/**
 * `unknown-component`: an MDX component nothing provides stops the build when the page renders,
 * with a stack trace through Astro's bundle. Reported here at its line, with the closest known
 * name. Only MDX: in a `.md` file `<Video>` is plain HTML.
 */
export function checkUnknownComponents(model: Model, ctx: CheckContext, report: Report): void {
  if (ctx.syntax !== 'mdx') return;
  for (const unknown of unknownComponents(model))
    report(unknown.el, unknownComponentMessage(unknown));
}

/**
 * `unknown-component`: an MDX component that is neither in the mapping every entry gets (`src/components/mdx/names.ts`), nor Astro's `<Fragment>`, nor imported, exported or declared in the file: `<Vidoe>` → "did you mean `<Video>`?". The build stops while bundling with the same line.
 *
 * @fix Fix the name, or import the component.
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   import Chart from '../../src/components/Chart.astro';
 *
 *   <Video src="/clips/pit-stop.mp4" transcript="./pit-stop.transcript.md" />
 *
 *   <Chart />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   <Vidoe src="/clips/pit-stop.mp4" />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:1-1:36: Unknown component <Vidoe>: did you mean <Video>?
 */
const rule: GateRule = {
  id: 'unknown-component',
  severity: 'error',
  source: checkUnknownComponents,
};
export default rule;
