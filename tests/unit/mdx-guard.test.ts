import { describe, expect, it } from 'vitest';
import { refuseRunawayExpressions } from '../../src/integrations/mdx-guard.ts';
import { RUNAWAY_TAGS } from '../../src/a11y/source/javascript-marks.ts';

/** The guard's transform, as Vite calls it for one MDX file of a project at /site. */
async function transform(code: string, id = '/site/content/posts/poem.mdx') {
  const hook = refuseRunawayExpressions('/site').transform as {
    handler: (code: string, id: string) => Promise<unknown>;
  };
  return hook.handler(code, id);
}

describe('the guard against MDX that satteri reads for hours (src/integrations/mdx-guard.ts)', () => {
  const lines = (tag: string) =>
    Array.from({ length: RUNAWAY_TAGS * 5 }, (_, line) => `Line ${line} of the poem${tag}`).join(
      '\n',
    );

  it('refuses a brace in text before a poem of unclosed <br>s, at the brace, in the check’s words', async () => {
    const refused = await transform(
      `---\ntitle: A poem\n---\n\nA <code>{</code> here.\n${lines('<br>')}\n`,
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({
      name: 'CommonplaceError',
      message:
        'content/posts/poem.mdx:5:9  MDX could not be parsed (Unexpected end of file in expression, expected a corresponding closing brace for `{`): fix the syntax here; in MDX a literal < or { in text needs a backslash, \\< or \\{',
      loc: { file: '/site/content/posts/poem.mdx', line: 5, column: 9 },
    });
  });

  it('lets a valid expression with as many tags through to Astro, as written', async () => {
    const poem = `{true && (\n  <p>\n${lines('<br />')}\n  </p>\n)}\n`;
    expect(await transform(poem)).toBeNull();
  });

  it('lets a poem with no expression through', async () => {
    expect(await transform(`# A poem\n\n${lines('<br>')}\n`)).toBeNull();
  });
});
