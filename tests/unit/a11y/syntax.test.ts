import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Node } from '../../../src/a11y/core/model.ts';
import { sourceModel } from '../../../src/a11y/source/model.ts';
import { parseSource } from '../../../src/a11y/source/syntax.ts';
import { lintSource } from './helpers.ts';
import { projectRoot } from '../../helpers/build-fixture.ts';

describe('MDX that satteri reads in exponential time', () => {
  // HTML habits in MDX: a `{` in text opens an expression that runs to the end of the file, over
  // lines broken with unclosed `<br>`s. Satteri took about 0.03 s for 20 of them, doubling with
  // each more (hours for forty); `npm run check` and the build's source layer hung on the file.
  const lines = Array.from({ length: 40 }, (_, line) => `Line ${line} of the poem<br>`).join('\n');
  const text = `Standalone <code>{</code> works.\n${lines}\n`;

  it('is parsed at once: in a child process, which a native parser that never returns cannot hang', () => {
    // A parse that never returns blocks its thread, and vitest's own timeout with it.
    const code = `import { VFile } from 'vfile';
      import { parseSource } from ${JSON.stringify(join(projectRoot, 'src/a11y/source/syntax.ts'))};
      try { parseSource(new VFile({ path: 'post.mdx', value: ${JSON.stringify(text)} })); console.log('parsed'); }
      catch (error) { console.log('rejected at line', error.line); }`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.signal, 'killed after 30 s: the parse did not return').toBeNull();
    expect(run.stdout.trim(), run.stderr).toMatch(/^rejected at line \d+$/);
  });

  it('reports the brace that never closes, where it is, not at the end of the file', async () => {
    const problems = await lintSource(text);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([
      '1:18 parse-error MDX could not be parsed (Unexpected end of file in expression, expected a corresponding closing brace for `{`): fix the syntax here; in MDX a literal < or { in text needs a backslash, \\< or \\{',
    ]);
  });
});

describe('MDX with JavaScript, which micromark reads', () => {
  /** The gate's model of a file, as text: each element with its origin and attributes, and its words. */
  const shape = (text: string): string => {
    const file = new VFile({ path: '/site/content/posts/post.mdx', value: text });
    const lines: string[] = [];
    const walk = (node: Node, depth: number) => {
      const indent = '  '.repeat(depth);
      if (node.kind === 'text') {
        const words = String(node.value).replace(/\s+/g, ' ').trim();
        if (words) lines.push(`${indent}${JSON.stringify(words)}`);
        return;
      }
      const attrs = Object.entries(node.attrs).map(([k, v]) => `${k}=${String(v)}`);
      lines.push(`${indent}${node.name} (${node.origin}) ${attrs.sort().join(' ')}`);
      for (const child of node.children) walk(child, depth + 1);
    };
    walk(sourceModel(parseSource(file), file).root, 0);
    return lines.join('\n');
  };
  // Markdown, HTML and components, each a piece the two parsers read alike on its own.
  const piece = fc.constantFrom(
    '<details>',
    '</details>',
    '<summary>Transcript</summary>',
    '<b>Bold</b>',
    '<span>s</span>',
    '<div>',
    '</div>',
    '<Callout>',
    '</Callout>',
    '<Transcript>',
    '</Transcript>',
    '<Video src="v" title="t" />',
    '<audio controls src="a.mp3"></audio>',
    '<img src="a.png" alt="A" />',
    '<a href="/x">Link</a>',
    '<figure>',
    '</figure>',
    '<figcaption>Cap</figcaption>',
    '<h2>Transcript</h2>',
    '\n',
    '\n\n',
    ' ',
    'text',
    'Transcript: words',
    '## Head',
    '- ',
    '> ',
    '**bold**',
    '[l](/x)',
    '![i](a.png)',
    '| a | b |\n| - | - |\n| c | d |',
    '```\ncode\n```',
    '&amp;',
  );

  it('gives the model satteri gives the same content without it', () => {
    // A file with an import is read by micromark (syntax.ts), the rest by satteri, while the
    // page is rendered by satteri either way: an import must not change what the gate sees.
    let compared = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const body = pieces.join('');
        let plain: string, withImport: string;
        try {
          plain = shape(body);
          withImport = shape(`import x from './x.js';\n\n${body}`);
        } catch {
          return; // MDX neither reads (an unclosed tag); parse-error's to report
        }
        compared++;
        expect(withImport, body).toBe(plain);
      }),
      { numRuns: 1500, seed: 7 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  it('reads a line of nothing but JSX as those elements, not a paragraph holding them', async () => {
    // <details><p><summary>: the page has no such paragraph, and the summary labels the disclosure.
    const text = `export const host = 'Sam';

<audio controls src="https://example.org/episode.mp3"></audio>

<details>
<summary>Read the transcript</summary>

Sam: Welcome to the show. Today we talk about F1 and sustainability.

</details>
`;
    expect(await lintSource(text)).toEqual([]);
    expect(shape(text)).toContain(
      'details (html) \n    summary (html) \n      "Read the transcript"',
    );
  });
});
