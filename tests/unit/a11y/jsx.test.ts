import { describe, expect, it } from 'vitest';
import { lintSource, where } from './helpers.ts';

/**
 * MDX's JavaScript, read by the source layer as the build renders it (src/a11y/source/jsx.ts):
 * JSX inside `{expressions}` and exported components, constant values and constant spreads.
 * `npm run check` must report what the built pages' layer would stop the build on, at its line;
 * what only the build knows (props, imports, calls) is left to it.
 */
const problems = async (text: string) => {
  const found = await lintSource(text, '.mdx');
  return [
    ...where(found, 'image-alt'),
    ...where(found, 'media-transcript').map((p) => `${p} media`),
  ];
};

describe('JSX the build renders from JavaScript', () => {
  const flagged: [string, string, string[]][] = [
    ['an image written as an expression', 'Text.\n\n{<img src="/a.png" />}', ['3:2']],
    [
      'a player behind a condition only the build knows',
      '{show && <video src="/a.webm" />}',
      ['1:10 media'],
    ],
    [
      'the branch of an unknown ?: that has no alt',
      '{wide ? <img src="/a.png" alt="A chart" /> : <img src="/b.png" />}',
      ['1:46'],
    ],
    ['what a map() callback returns', '{items.map((item) => <img src={item} />)}', ['1:22']],
    [
      'a component the file defines, where it is written',
      'export const Pic = () => <img src="/a.png" />\n\n<Pic />',
      ['1:26'],
    ],
    [
      'JSX nested in JSX children',
      '<div>{open && <span><img src="/a.png" /></span>}</div>',
      ['1:21'],
    ],
    ['a spread of a constant object without alt', '<img {...{ src: "/a.png" }} />', ['1:1']],
    [
      'an alt a later attribute takes away',
      'export const p = { src: "/a.png", alt: "A chart" };\n\n<img {...p} alt={undefined} />',
      ['3:1'],
    ],
    ['an alt that evaluates to false', '<img src="/a.png" alt={false || false} />', ['1:1']],
    [
      'an alt from a constant that is empty text, on a focusable image',
      'export const none = "";\n\n<img src="/a.png" alt={none} tabIndex={0} />',
      ['3:1'],
    ],
    [
      'a constant behind an export and a member',
      'export const photos = { pit: { src: "/a.png", alt: "   " } };\n\n<img src={photos.pit.src} alt={photos.pit.alt} />',
      ['3:1'],
    ],
  ];
  for (const [name, text, expected] of flagged) {
    it(`flags ${name}`, async () => {
      expect(await problems(text)).toEqual(expected);
    });
  }

  const passed: [string, string][] = [
    [
      'an alt from a constant',
      'export const caption = "A chart";\n\n<img src="/a.png" alt={caption} />',
    ],
    [
      'an alt built from constants',
      'export const n = 3;\n\n<img src="/a.png" alt={`Lap ${n + 1}`} />',
    ],
    [
      'a spread of a constant with alt=""',
      'export const logo = { src: "/a.png", alt: "" };\n\n<img {...logo} />',
    ],
    [
      'an alt only the build knows',
      'import data from "./data.json";\n\n<img src="/a.png" alt={data.alt} />',
    ],
    [
      'a spread only the build knows',
      'export const Pic = (props) => <img {...props} />\n\n<Pic src="/a.png" alt="A chart" />',
    ],
    [
      'a parameter that shadows a constant',
      'export const alt = undefined;\nexport const Pic = ({ alt }) => <img src="/a.png" alt={alt} />',
    ],
    [
      'a `let`, which may change before the page renders',
      'export let alt;\n\n<img src="/a.png" alt={alt} />',
    ],
    [
      'JSX a constant false keeps from rendering',
      '{false && <video src="/a.webm" />}\n\n{0 > 1 ? <img src="/a.png" /> : null}',
    ],
    [
      'a player in an expression with its transcript after it',
      '{show && <video src="/a.webm" />}\n\n<Transcript>Every word said in the clip.</Transcript>',
    ],
    [
      'a component the file defines that renders a transcript beside its player',
      'export const Clip = () => <>\n  <video src="/a.webm" />\n  <Transcript>Every word said in the clip.</Transcript>\n</>',
    ],
    ['text and comments', '{"Plain text"} and {/* a comment */} and {1 + 1}.'],
  ];
  for (const [name, text] of passed) {
    it(`passes ${name}`, async () => {
      expect(await problems(text)).toEqual([]);
    });
  }
});

/**
 * Astro's `set:html` and `set:text` on an element in MDX: the page has what they set in place of
 * the element's children (a link with text, a picture inside), so the sources read that too.
 */
describe('set:html and set:text in MDX', () => {
  const named = async (text: string) => {
    const found = await lintSource(text, '.mdx');
    return [
      ...where(found, 'link-name'),
      ...where(found, 'button-name'),
      ...where(found, 'image-alt'),
    ];
  };
  it('passes a link or a button whose text they set, as the build does', async () => {
    expect(
      await named(
        '<a href="/about/" set:html="About me" />\n\n<button type="button" set:text={"Open the menu"} />',
      ),
    ).toEqual([]);
  });
  it('reads the HTML a constant set:html writes, and judges it at its line', async () => {
    expect(await named('Text.\n\n<Fragment set:html="<img src=\'/a.png\'>" />')).toEqual(['3:21']);
  });
  it('leaves what only the build knows to it', async () => {
    expect(await named('<a href="/about/" set:html={props.label} />')).toEqual([]);
  });
  it('reports an element left empty by an undefined set:html', async () => {
    expect(await named('<a href="/about/" set:html={undefined} />')).toEqual(['1:1']);
  });
});
