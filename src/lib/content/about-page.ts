import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The home page and the menu link to /about/, which src/pages/about.astro builds from
 * content/pages/about.md (or .mdx): without it, the build's content check and `npm run check`
 * over the content folder say so, before any page is rendered.
 */
export function aboutPageProblems(
  content: string,
  rel: (file: string) => string,
): { file: string; message: string }[] {
  const about = ['md', 'mdx'].map((ext) => join(content, 'pages', `about.${ext}`));
  if (about.some((file) => existsSync(file))) return [];
  return [
    {
      file: rel(about[0]!),
      message:
        'the About page has no file: create content/pages/about.md with a title and a description (the home page and the menu link to /about/)',
    },
  ];
}
