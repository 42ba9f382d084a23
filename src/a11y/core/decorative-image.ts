import { basename } from 'node:path';
import { withBase } from '../../lib/site/urls.ts';
import { percentDecoded } from '../../lib/util/percent-decoded.ts';
import { isRelativePath } from '../../lib/site/link-address.ts';

/**
 * How to make a Markdown image decorative, in words that work in its file type. Markdown has no
 * way to say so (`![](pit.png)` is an image whose alt text was forgotten, `image-alt`'s error),
 * so the image becomes an HTML `<img alt="">`. For a file beside the entry that is not all: an
 * `<img>` is published as written, and the file with it only through Markdown image syntax or an
 * import (`asset-target`), so in a `.md` file the picture moves to `public/`, and in MDX it is
 * imported and given by its address. Remote and `public/` images keep their address.
 */
export function decorativeInstead(
  src: string | undefined,
  syntax: 'md' | 'mdx' | 'html',
  base = '/',
): string {
  const close = syntax === 'mdx' ? ' />' : '>';
  const local = src !== undefined && isRelativePath(src);
  if (!local) return `write <img src="${src ? withBase(src, base) : '…'}" alt=""${close}`;
  const path = src.split(/[?#]/)[0]!;
  if (syntax === 'mdx') {
    const from = /^\.{1,2}\//.test(path) ? path : `./${path}`;
    return `import it (import picture from '${percentDecoded(from)}';) and write <img src={picture.src} alt="" />`;
  }
  const name = basename(path);
  return `move the file to public/ and write <img src="${withBase(`/${encodeURI(percentDecoded(name))}`, base)}" alt="">`;
}
