import { componentProps } from '../../schemas/components.ts';

/** The props each of the site's MDX components declares, with their case. */
const DECLARED = new Map<string, string[]>(
  Object.entries(componentProps).map(([name, schema]) => [name, Object.keys(schema.shape)]),
);

/**
 * The prop a component takes that an attribute written in another case stands for (`alt` for
 * `<Figure ALT="…">`), or undefined when the attribute is written as declared, or names no
 * prop in any case (`unknown-field` names that one as it is). JSX passes props with their case,
 * so the component never gets `alt` and renders as if none were written (Figure's image has no
 * alt, and the build stops as it renders), while the model keeps attribute names lower-cased:
 * the model leaves such an attribute out of the element's `attrs` (source/jsx.ts), so each rule
 * judges what the component gets. Only the site's MDX components, whose props are declared
 * (src/schemas/components.ts): another component's props' case is not known here.
 */
export function miscasedProp(component: string, written: string): string | undefined {
  const declared = DECLARED.get(component);
  if (!declared || declared.includes(written)) return undefined;
  const lower = written.toLowerCase();
  return declared.find((prop) => prop.toLowerCase() === lower);
}
