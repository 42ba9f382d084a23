import type { Model } from '../core/model.ts';
import { componentProps } from '../../schemas/components.ts';

/** The props each of the site's MDX components declares, with their case. */
const DECLARED = new Map(
  Object.entries(componentProps).map(([name, schema]) => [name, Object.keys(schema.shape)]),
);

/**
 * Sets aside props written in another case than the site's MDX components declare them
 * (`<Figure ALT="…">`). JSX passes props with their case, so the component never gets `alt`
 * and renders as if none were written (Figure's image has no alt, and the build stops as it
 * renders), while the model keeps attribute names lower-cased. Taken out of the element's
 * attributes, so each rule judges what the component gets, and kept in `miscased` for
 * `unknown-field` to name with the prop to write. Components the site does not declare props
 * for are left as they are: their props' case is not known here.
 */
export function setAsideMiscasedProps(model: Model): void {
  for (const el of model.elements) {
    if (el.origin !== 'component' || !el.writtenNames) continue;
    const declared = DECLARED.get(el.name);
    if (!declared) continue;
    for (const [name, written] of Object.entries(el.writtenNames)) {
      if (declared.includes(written)) continue;
      const meant = declared.find((prop) => prop.toLowerCase() === name);
      if (!meant) continue; // no prop in any case: unknown-field names it as it is
      delete el.attrs[name];
      (el.miscased ??= Object.create(null) as Record<string, string>)[written] = meant;
    }
  }
}
