import fc from 'fast-check';
import { evaluate, markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource } from './helpers.ts';

/**
 * `npm run check` reports everything `npm run build` fails on, and nothing the page does not
 * have: for Markdown the two layers must agree. Random posts made of the pieces below are judged
 * by the source layer and, rendered by satteri (the Markdown processor the site builds with), by
 * the built-pages layer, and each rule that runs in both must report the same errors.
 */
const BOTH_LAYERS = new Set([
  'media-transcript',
  'image-alt',
  'frame-title',
  'link-name',
  'button-name',
  'summary-name',
  'svg-name',
  'media-autoplay',
  'field-name',
]);

/**
 * What authors write around a player: Markdown, and HTML as they write it, an element closed
 * where it opens, in a line of text or on lines of its own. Left out, as the two parsers recover
 * from it differently: a tag left open or closed twice. Left out as the source layer's own:
 * `![](x)`, which it reports (an alt forgotten) and the page renders as a decorative `alt=""`.
 */
const piece = fc.constantFrom(
  '<video controls src="https://e.org/a.mp4"></video>',
  '<audio controls src="https://e.org/a.mp3"></audio>',
  '<video autoplay src="https://e.org/loop.mp4"></video>',
  '<iframe src="https://www.youtube.com/embed/abcdefghijk" title="Clip"></iframe>',
  '<iframe src="https://e.org/map"></iframe>',
  '\n\n<details>\n<summary>Transcript</summary>\n\nWords said in the clip.\n\n</details>\n\n',
  '\n\n<details><summary>Transcript</summary>Words said.</details>\n\n',
  '\n\n<div>\n\nIn a div.\n\n</div>\n\n',
  '\n\n<figure><video controls src="https://e.org/b.mp4"></video><figcaption>Transcript: words said.</figcaption></figure>\n\n',
  '\n\n<figure><img src="https://e.org/f.png"><figcaption>Cap</figcaption></figure>\n\n',
  '\n\n<div hidden>Transcript: hidden words.</div>\n\n',
  '<span style="display:none">Transcript: hidden.</span>',
  '<p>A paragraph.</p>',
  '## Transcript',
  '## Notes',
  'Transcript: the crew changes four tyres.',
  'The crew changes four tyres.',
  '**Transcript** words here.',
  '[Transcript](https://e.org/t)',
  '[](https://e.org/x)',
  '<a href="/x"></a>',
  '![A pit stop](https://e.org/i.png)',
  '<img src="https://e.org/i.png">',
  '<img src="https://e.org/i.png" alt="Cars">',
  '<button></button>',
  '<button>Go</button>',
  '<input type="text">',
  '<label>Name <input></label>',
  '<svg role="img"></svg>',
  '<track kind="captions" src="https://e.org/c.vtt">',
  '| Clip | Transcript |\n| - | - |\n| x | y |\n',
  '```\n<video src="a.mp4"></video>\n```',
  '    indented code',
  '\n- Episode <audio controls src="https://e.org/ep.mp3"></audio>\n  Transcript: Sam talks.\n',
  '\n> <video controls src="https://e.org/q.mp4"></video>\n> Transcript: in a quote.\n',
  '\n1. <iframe src="https://player.vimeo.com/video/1" title="V"></iframe>\n',
  '\n1. **Transcript** words said.\n',
  '<strong>Transcript:</strong> strong words.',
  'Intro <div>Transcript: in a div.</div>',
  'Then <details><summary>Transcript</summary>Said.</details>',
  '- ',
  '> ',
  '1. ',
  '\n',
  '\n\n',
  ' ',
  'text',
);

/** MDX's own ways of writing what the pieces above write: JSX, expressions, style objects. */
const mdxPiece = fc.constantFrom(
  '<video controls src="https://e.org/c.mp4" />',
  '<iframe src="https://e.org/map" />',
  '<img src="https://e.org/i.png" alt={"Cars"} />',
  '<img src="https://e.org/i.png" alt={""} />',
  '<span style={{ display: "none" }}>Transcript: hidden.</span>',
  '{"Transcript: from an expression."}',
  'Intro text.\n<div>A note on its own.</div>',
  'Watch: <figure><video controls src="https://e.org/d.mp4"></video><figcaption>Transcript: words.</figcaption></figure>',
  '<p>{"Transcript"}: words.</p>',
  '\n\n<details>\n<summary>Read the transcript</summary>\n\nSam welcomes the listeners.\n\n</details>\n\n',
);

/**
 * MDX made into HTML as Astro renders its JSX: elements as written (a style object as CSS,
 * `true` as an attribute with no value), text escaped. The post's own elements only: the
 * site's components are Astro's to render, and tested in builds.
 */
function mdxToHtml(text: string): string {
  const Fragment = Symbol('Fragment');
  type Html = { html: string };
  const escape = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const render = (node: unknown): string =>
    Array.isArray(node)
      ? node.map(render).join('')
      : typeof node === 'string' || typeof node === 'number'
        ? escape(String(node))
        : ((node as Html | null)?.html ?? '');
  const css = (style: Record<string, unknown>) =>
    Object.entries(style)
      .map(([name, value]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}`)
      .join(';');
  const jsx = (type: unknown, written: unknown): Html => {
    const { children, ...props } = written as Record<string, unknown>;
    if (type === Fragment) return { html: render(children) };
    const attributes = Object.entries(props)
      .filter(([, value]) => value !== false && value != null)
      .map(([name, value]) =>
        value === true
          ? ` ${name}`
          : ` ${name}="${escape(typeof value === 'object' ? css(value as Record<string, unknown>) : String(value))}"`,
      )
      .join('');
    const tag = String(type);
    return {
      html: VOID.has(tag)
        ? `<${tag}${attributes}>`
        : `<${tag}${attributes}>${render(children)}</${tag}>`,
    };
  };
  const module = evaluate(text, { Fragment, jsx, jsxs: jsx }) as {
    default: (props: object) => unknown;
  };
  return render(module.default({}));
}
const VOID = new Set(['img', 'br', 'hr', 'input', 'track', 'source', 'embed', 'wbr']);

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>Post</title></head><body><main><h1>Post</h1>${body}</main></body></html>`;

const errors = (problems: { ruleId: string; severity: string }[]) =>
  problems
    .filter((p) => p.severity === 'error' && BOTH_LAYERS.has(p.ruleId))
    .map((p) => p.ruleId)
    .sort();

describe('the source layer and the built page agree', () => {
  it('on the errors of every rule both run, over random Markdown posts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 14 }), async (pieces) => {
        const text = `---\ntitle: Post\n---\n\n${pieces.join('')}`;
        const built = lintHtml(page(markdownToHtml(text).html));
        expect(errors(await lintSource(text, '.md')), text).toEqual(errors(built));
      }),
      { numRuns: 1500, seed: 3 },
    );
  });

  it('on the errors of every rule both run, over random MDX posts, with JavaScript or without', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(fc.oneof(piece, mdxPiece), { maxLength: 14 }),
        async (withJavaScript, pieces) => {
          // An export sends the file to micromark (syntax.ts); the page is satteri's either way.
          const text = `${withJavaScript ? "export const host = 'Sam';\n\n" : ''}${pieces.join('')}`;
          const source = await lintSource(text, '.mdx');
          if (source.some((p) => p.ruleId === 'parse-error')) return; // no page to compare
          compared++;
          expect(errors(source), text).toEqual(errors(lintHtml(page(mdxToHtml(text)))));
        },
      ),
      { numRuns: 1500, seed: 5 },
    );
    // HTML's unclosed tags (`<img …>`) are not MDX: the posts holding one are not compared.
    expect(compared).toBeGreaterThan(300);
  });

  it('that a component on the line after text is not part of that paragraph', async () => {
    // MDX renders `<p>![…](…)\n<div class="callout">…</div></p>`; the browser ends the paragraph
    // where the <div> starts, so a reader meets the picture, not the callout, after the player.
    const text = `<Video src="https://e.org/a.mp4" title="Pit stop" />

![A pit stop](https://e.org/pit.png)
<Callout type="tip">Transcript: the crew changes four tyres.</Callout>
`;
    const built = page(
      '<figure class="media media-video"><video controls src="https://e.org/a.mp4" aria-label="Pit stop"></video></figure>\n' +
        '<p><img src="https://e.org/pit.png" alt="A pit stop">\n<div class="callout callout-tip" role="note" aria-label="Tip">Transcript: the crew changes four tyres.</div></p>',
    );
    expect(errors(lintHtml(built))).toEqual(['media-transcript']);
    expect(errors(await lintSource(text))).toEqual(['media-transcript']);
    // With the picture after the callout, the callout's transcript is right after the player.
    const fixed = text.replace(/(!\[.*\n)(<Callout.*\n)/, '$2\n$1');
    expect(errors(await lintSource(fixed))).toEqual([]);
  });

  it('that a block element written in a line of text ends its paragraph, in Markdown too', async () => {
    // `Intro <div>…</div>[Transcript](…)` is a paragraph in Markdown; the browser ends the <p>
    // at the <div>, so what a reader meets after the player is "Intro", not the link.
    const text = `<video controls src="https://e.org/a.mp4"></video>

Intro <div>Notes on the clip.</div>[Transcript](https://e.org/t)
`;
    const built = lintHtml(page(markdownToHtml(text).html));
    expect(errors(built)).toEqual(['media-transcript']);
    expect(errors(await lintSource(text, '.md'))).toEqual(['media-transcript']);
    const fixed = text.replace('Intro <div>Notes on the clip.</div>', '');
    expect(errors(lintHtml(page(markdownToHtml(fixed).html)))).toEqual([]);
    expect(errors(await lintSource(fixed, '.md'))).toEqual([]);
  });

  it('that a list item led by a bold label is the transcript of the item before, in a tight list and a loose one', async () => {
    // `<li><strong>Transcript</strong> …` in a tight list, `<li><p><strong>…` in a loose one.
    for (const text of [
      '1. <iframe src="https://player.vimeo.com/video/1" title="Talk"></iframe>\n1. **Transcript** Sam welcomes the listeners.\n',
      '1. <iframe src="https://player.vimeo.com/video/1" title="Talk"></iframe>\n\n1. **Transcript** Sam welcomes the listeners.\n',
      '- <audio controls src="https://e.org/a.mp3"></audio>\n- **Transcript**\n\n  Sam welcomes the listeners.\n',
    ]) {
      expect(errors(lintHtml(page(markdownToHtml(text).html))), text).toEqual([]);
      expect(errors(await lintSource(text, '.md')), text).toEqual([]);
      const unlabelled = text.replace('**Transcript**', '**Notes**');
      expect(errors(lintHtml(page(markdownToHtml(unlabelled).html))), unlabelled).toEqual([
        'media-transcript',
      ]);
      expect(errors(await lintSource(unlabelled, '.md')), unlabelled).toEqual(['media-transcript']);
    }
  });

  it('that a code block between a player and its transcript leaves the player without one', async () => {
    // A reader meets the code first; the source layer used to pass over code blocks.
    const text = `<video controls src="https://e.org/demo.mp4"></video>

\`\`\`sh
npm run dev
\`\`\`

Transcript: I start the dev server and open the page.
`;
    const built = lintHtml(page(markdownToHtml(text).html));
    expect(errors(built)).toEqual(['media-transcript']);
    expect(errors(await lintSource(text, '.md'))).toEqual(['media-transcript']);
    // The fix the message gives, the transcript right after the player, passes in both.
    const fixed = text.replace(/(```sh[\s\S]*?```\n\n)(Transcript:.*\n)/, '$2\n$1');
    expect(errors(lintHtml(page(markdownToHtml(fixed).html)))).toEqual([]);
    expect(errors(await lintSource(fixed, '.md'))).toEqual([]);
  });

  it('that an empty paragraph a stray </p> leaves between a player and its transcript hides nothing', () => {
    // A line holding a <p> is a Markdown paragraph; the page closes it early and makes a
    // <p></p> of its </p>, which a reader never meets.
    const html = page(
      '<p>Intro<p>A paragraph.</p><audio controls src="https://e.org/a.mp3"></audio></p>\n<p><strong>Transcript</strong> Sam welcomes the listeners.</p>',
    );
    expect(errors(lintHtml(html))).toEqual([]);
    expect(
      errors(lintHtml(html.replace('<strong>Transcript</strong> ', ''))),
      'without its label the paragraph is no transcript',
    ).toEqual(['media-transcript']);
  });
});
