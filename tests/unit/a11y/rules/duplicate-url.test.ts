import { describe, expect, it } from 'vitest';
import { checkProject, post } from '../project.ts';

describe('duplicate-url', () => {
  it('flags both entries that would share a URL, at the slug line when there is one', async () => {
    expect(
      await checkProject(
        {
          'content/posts/hello.md': post('One'),
          'content/posts/2026/hello/index.mdx': post('Two'),
          'content/posts/other.md': post('Three', 'slug: hello-again\n'),
          'content/posts/hello-again.md': post('Four'),
          'content/guides/hello.md': post('A guide may share a post’s slug'),
        },
        'duplicate-url',
      ),
    ).toEqual([
      'content/posts/2026/hello/index.mdx:1:1 This entry and content/posts/hello.md would both be published at /posts/hello/: rename one of the files, or give one a different slug: in its frontmatter',
      'content/posts/hello-again.md:1:1 This entry and content/posts/other.md would both be published at /posts/hello-again/: rename one of the files, or give one a different slug: in its frontmatter',
      'content/posts/hello.md:1:1 This entry and content/posts/2026/hello/index.mdx would both be published at /posts/hello/: rename one of the files, or give one a different slug: in its frontmatter',
      'content/posts/other.md:5:1 This entry and content/posts/hello-again.md would both be published at /posts/hello-again/: rename one of the files, or give one a different slug: in its frontmatter',
    ]);
  });
});
