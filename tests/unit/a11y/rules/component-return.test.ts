import { describe, expect, it } from 'vitest';
import { lintSource, only, where } from '../helpers.ts';

const RULE = 'component-return';

describe('component-return', () => {
  const flagged: [string, string, string[]][] = [
    ['a number', 'export const Year = () => 2026;\n\n<Year />', ['1:27']],
    [
      'text and a template',
      'export const A = () => "Sam";\nexport const B = () => `Sam`;\n\n<A /> <B />',
      ['1:24', '2:24'],
    ],
    [
      'null on one side of a condition',
      'export const Note = ({ show }) => (show ? <aside>Note</aside> : null);\n\n<Note show />',
      ['1:65'],
    ],
    [
      'the falsy side of &&',
      'export const Note = ({ show }) => show && <aside>Note</aside>;\n\n<Note />',
      ['1:35'],
    ],
    [
      'its children as they are',
      'export const Box = ({ children }) => children;\n\n<Box>In a box.</Box>',
      ['1:38'],
    ],
    [
      'props.children',
      'export function Box(props) { return props.children; }\n\n<Box>In a box.</Box>',
      ['1:37'],
    ],
    ['an array', 'export const List = () => [<b>a</b>, <b>b</b>];\n\n<List />', ['1:27']],
    [
      'a body with no return, and a bare return',
      'export function Pic() { <img src="/a.png" alt="" />; }\nexport function Gap({ x }) { if (x) return; return <hr />; }\n\n<Pic /> <Gap />',
      ['1:8', '2:37'],
    ],
    [
      'a component another component renders',
      'export const Inner = () => null;\nexport const Outer = () => <div><Inner /></div>;\n\n<Outer />',
      ['1:28'],
    ],
  ];
  for (const [name, text, expected] of flagged) {
    it(`flags ${name}`, async () => {
      expect(where(await lintSource(text), RULE)).toEqual(expected);
    });
  }

  it('flags the layout, the default export MDX renders around the content, and passes its fix', async () => {
    const [layout] = only(
      await lintSource('export default ({ children }) => children;\n\nText.'),
      RULE,
    );
    expect(layout!.message).toBe(
      'The layout (export default) can return its children as they are, which Astro cannot render as a component, so the build would stop when the page renders: wrap them in a fragment: <>{children}</>',
    );
    expect(
      only(
        await lintSource('export default ({ children }) => <main>{children}</main>;\n\nText.'),
        RULE,
      ),
    ).toEqual([]);
  });

  const passed: [string, string][] = [
    [
      'JSX and fragments',
      'export const A = () => <span>2026</span>;\nexport const B = ({ children }) => <>{children}</>;\n\n<A /> <B>x</B>',
    ],
    ['both sides JSX', 'export const N = ({ show }) => (show ? <p>a</p> : <></>);\n\n<N />'],
    [
      'returns of functions inside it, and values it cannot know',
      'import data from "./d.json";\nexport function List({ items }) { const f = () => 1; return items.map((i) => <li>{i}</li>); }\nexport const Pick = () => data.pick;\n\n<List items={[1]} /> <Pick />',
    ],
    ['a function no element renders', 'export const label = () => "text";\n\n{label()}'],
    ['a .md file', 'export const Year = () => 2026;\n\n<Year />'],
  ];
  for (const [name, text] of passed) {
    it(`passes ${name}`, async () => {
      const ext = name === 'a .md file' ? '.md' : '.mdx';
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
    });
  }

  it('suggests fixes that each pass', async () => {
    const [number] = only(await lintSource('export const Year = () => 2026;\n\n<Year />'), RULE);
    expect(number!.message).toBe(
      '<Year> can return a number, which Astro cannot render as a component, so the build would stop when the page renders: return JSX, such as <span>…</span>, and <></> for nothing',
    );
    const [children] = only(
      await lintSource('export const Box = ({ children: kids }) => kids;\n\n<Box>x</Box>'),
      RULE,
    );
    expect(children!.message).toMatch(
      /its children as they are, .*: wrap them in a fragment: <>\{kids\}<\/>$/,
    );
    for (const fixed of [
      'export const Year = () => <span>2026</span>;\n\n<Year />',
      'export const Box = ({ children: kids }) => <>{kids}</>;\n\n<Box>x</Box>',
      'export const Note = ({ show }) => (show ? <aside>Note</aside> : <></>);\n\n<Note />',
    ])
      expect(only(await lintSource(fixed), RULE), fixed).toEqual([]);
  });
});
