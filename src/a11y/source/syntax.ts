import type { Root } from 'mdast';
import { unified, type Plugin, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { VFile } from 'vfile';

const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .freeze();
const mdxParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .freeze();

/** Parses one file's text the way the gate reads it (see commonplaceSyntax). Throws on bad MDX. */
export function parseSource(file: VFile): Root {
  return (file.extname?.toLowerCase() === '.mdx' ? mdxParser : markdownParser).parse(file) as Root;
}

/**
 * The gate's syntax: `.mdx` files as MDX (JSX, expressions, ESM), everything else as Markdown
 * with raw HTML, both with YAML frontmatter and GFM. One plugin so editors (.remarkrc.mjs) and
 * the CLI parse every file the same way.
 */
export const commonplaceSyntax: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (_document: string, file: VFile) => parseSource(file);
};
