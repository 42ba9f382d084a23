import { describe, expect, it } from 'vitest';
import { checkProject, post } from '../project.ts';

const RULE = 'entry-script';

describe('entry-script', () => {
  it('names the embed a script belongs to, with what to keep, in .md and .mdx', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            '<blockquote class="instagram-media"><a href="https://www.instagram.com/p/ABC/">A post</a></blockquote>\n<script async src="//www.instagram.com/embed.js"></script>',
          ),
          'content/posts/b.mdx': post(
            '<script src="https://gist.github.com/sam/1a2b.js"></script>',
            '',
            'B',
          ),
          'content/guides/g.md': post(
            '<script src="https://cdn.example.org/poll.js"></script>\n\n<script>document.write("Hi")</script>',
          ),
        },
        RULE,
      ),
    ).toEqual([
      'content/guides/g.md:7:1 <script src="https://cdn.example.org/poll.js"> loads a script from cdn.example.org, which runs in each reader\'s browser, after the page is built: the checks never see what it adds, and the feed, search and readers without JavaScript never get it, and cdn.example.org learns of every visit: write on the page what it would show, or delete it',
      "content/guides/g.md:9:1 This <script> runs in each reader's browser, after the page is built: the checks never see what it adds, and the feed, search and readers without JavaScript never get it: write on the page what it would show, or delete it",
      "content/posts/a.md:8:1 <script src=\"//www.instagram.com/embed.js\"> is Instagram's embed script, which replaces the quote above it with Instagram's frame in each reader's browser, after the page is built: the checks never see what it adds, and the feed, search and readers without JavaScript never get it, and www.instagram.com learns of every visit: delete the script, and the quote keeps the post's link",
      'content/posts/b.mdx:7:1 <script src="https://gist.github.com/sam/1a2b.js"> is a GitHub Gist, which the script writes into the page as it loads in each reader\'s browser, after the page is built: the checks never see what it adds, and the feed, search and readers without JavaScript never get it, and gist.github.com learns of every visit: paste the code into a code block (```) and link to the gist',
    ]);
  });

  it('leaves data, code about scripts, and files outside the collections alone', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            '<script type="application/ld+json">{"@type": "Article"}</script>\n\n`<script src="x.js">` in code\n\n```html\n<script src="https://platform.twitter.com/widgets.js"></script>\n```',
          ),
          'content/notes/loose.md': '<script src="https://example.org/x.js"></script>\n',
        },
        RULE,
      ),
    ).toEqual([]);
  });
});
