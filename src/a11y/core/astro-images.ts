import type { El, Model } from './model.ts';

/**
 * Astro's own image components, `import { Image, Picture } from 'astro:assets'` in an MDX file.
 * Given a string `src` (a remote address, or a file of `public/`), they cannot read the image's
 * size, and the render stops on `MissingImageDimension` unless `width` and `height` are given:
 * so their fixes say so (`component-props`, and `asset-target`'s move to `public/`).
 */
export function astroImageNames(model: Model): Set<string> {
  const names = new Set<string>();
  for (const { source, names: taken } of model.esm?.imports ?? [])
    if (source === 'astro:assets')
      for (const { name } of taken) if (name === 'Image' || name === 'Picture') names.add(name);
  return names;
}

/** Whether the element is Astro's `<Image>` or `<Picture>` in its file. */
export const isAstroImage = (el: El, model: Model): boolean =>
  el.origin === 'component' && !!model.esm && astroImageNames(model).has(el.name);
