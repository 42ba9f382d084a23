import { describe, expect, it } from 'vitest';
import { lintSource, only, where } from '../helpers.ts';

const RULE = 'undefined-name';

describe('undefined-name', () => {
  const flagged: [string, string, string[]][] = [
    ['a name in text braces', 'The set {a, b} has two members.', ['1:10', '1:13']],
    ['a name in an attribute', '<img src="/a.png" alt={caption} />', ['1:24']],
    ['a name in a spread', '<img src="/a.png" alt="" {...extra} />', ['1:30']],
    ['a misspelt constant', 'export const team = "crew";\n\nThanks, {tem}.', ['3:10']],
    ['a name inside a callback', '{[1, 2].map((n) => <span>{n * size}</span>)}', ['1:31']],
    ['a name an export reads as the module loads', 'export const total = count + 1;', ['1:22']],
    [
      'a name a component the content renders reads',
      'export const Pic = ({ src }) => <img src={src} alt={caption} />;\nexport function Note() { return <p>{note}</p>; }\n\n<Pic src="/a.png" />\n\n<Note />',
      ['1:53', '2:37'],
    ],
    ['a name read in two expressions, at each', '{x} and {x}', ['1:2', '1:10']],
    [
      'a name a function reads that the content calls',
      'export const label = (x) => `${x} ${nope}`;\n\nHere: {label("a")}',
      ['1:37'],
    ],
    [
      'a name read by a chain of calls, through a callback and a tag',
      'export function inner() { return missing; }\nexport const middle = () => [1].map(inner);\nexport const tag = () => other;\nexport const Pic = () => <p>{middle()}{tag`x`}</p>;\n\n<Pic />',
      ['1:34', '3:26'],
    ],
    [
      'a name a method reads that the content calls, and not one in a method nothing calls',
      'export const helpers = { label: () => nope, unused() { return gone; }, title() { return alsoNope; } };\n\n{helpers.label()} {helpers.title()}',
      ['1:39', '1:89'],
    ],
    [
      'a name a component reads that another component renders',
      'export const Inner = () => <p>{gone}</p>;\nexport const Outer = () => <Inner />;\n\n<Outer />',
      ['1:32'],
    ],
    [
      'a name a function reads that the module calls as it loads',
      'export function compute() { return base * 2; }\nexport const total = compute();',
      ['1:36'],
    ],
    [
      'a name in the default export, the layout',
      'export default ({ children }) => <main>{children}{footer}</main>;',
      ['1:51'],
    ],
    ['props outside the content', 'export const title = props.title;', ['1:22']],
    // MDX's frontmatter is the fields as written: reading on from one not written throws.
    [
      'a field the frontmatter lacks, read on from',
      '---\ntitle: T\n---\n\nBy {frontmatter.author.name}, {frontmatter["site"].url}.',
      ['5:5', '5:32'],
    ],
    [
      'a field the schema defaults, which MDX does not',
      '---\ntitle: T\n---\n\n{frontmatter.tags.length} tags',
      ['5:2'],
    ],
    ['a field in an attribute', '<img src="/a.png" alt={frontmatter.cover.alt} />', ['1:24']],
  ];
  for (const [name, text, expected] of flagged) {
    it(`flags ${name}`, async () => {
      expect(where(await lintSource(text), RULE)).toEqual(expected);
    });
  }

  const passed: [string, string][] = [
    [
      'constants, imports and functions the file defines',
      'import data from "./d.json";\nexport const n = 2;\nexport function double(x) { return x * 2; }\n\n{data.title} {double(n)}',
    ],
    [
      'what MDX gives every page',
      '{frontmatter.title} {props.x} {url} {file} {getHeadings().length}',
    ],
    [
      'globals',
      '{Math.max(1, 2)} {new Date(0).getUTCFullYear()} {JSON.stringify([])} {Intl.NumberFormat}',
    ],
    [
      'parameters, locals and destructuring',
      '{[1].map((n, i) => { const { a = n, ...rest } = { a: i }; return a + Object.keys(rest).length; })}',
    ],
    ['a name guarded by typeof', "{typeof maybe === 'undefined' ? 'none' : maybe}"],
    ["an object's own keys and members", '{({ key: 1 }).key} {[].length}'],
    [
      'a function body in an export, which runs only if called',
      'export const Later = () => <p>{notYet}</p>;',
    ],
    [
      'a function nothing calls, and a local that shadows a function of the same name',
      'export const unused = () => nope;\nexport const label = () => nope;\nexport const Pic = ({ label }) => <p>{label()}</p>;\n\n<Pic label={() => 1} /> {[1].map((label) => label)}',
    ],
    [
      'a field read only where it is there, and one the frontmatter has',
      '---\ntitle: T\n---\n\n{frontmatter.author?.name} {frontmatter.author && frontmatter.author.name} {frontmatter.title.length} {[1].map(() => frontmatter.cover ? frontmatter.cover.alt : "")}',
    ],
    ['escaped braces', 'The set \\{a, b} has two members.'],
    ['a .md file, where braces are text', 'The set {a, b} has two members.'],
    [
      'a catch parameter and a class',
      '{(() => { try { return 1; } catch (error) { return error; } })()} {new (class Lap { n = 1 })().n}',
    ],
  ];
  for (const [name, text] of passed) {
    it(`passes ${name}`, async () => {
      const ext = name.startsWith('a .md') ? '.md' : '.mdx';
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
    });
  }

  it('suggests fixes that each work where they are suggested', async () => {
    const [text] = only(await lintSource('The set {a} is small.'), RULE);
    expect(text!.message).toBe(
      'a is not defined in this file, so the page would stop the build when it renders: import it or define it (export const a = …), or, for braces meant as text, write \\{ instead of {',
    );
    for (const fixed of ['export const a = 1;\n\nThe set {a} is small.', 'The set \\{a} is small.'])
      expect(only(await lintSource(fixed), RULE), fixed).toEqual([]);

    const [attribute] = only(await lintSource('<img src="/a.png" alt={caption} />'), RULE);
    expect(attribute!.message).toMatch(
      /\(export const caption = …\), or write the value as text: alt="…"$/,
    );
    expect(only(await lintSource('<img src="/a.png" alt="The pit lane" />'), RULE)).toEqual([]);

    const [misspelt] = only(await lintSource('export const team = "crew";\n\n{tem}'), RULE);
    expect(misspelt!.message).toMatch(/: did you mean team\? Otherwise import it/);

    const [astro] = only(await lintSource('Posted at {Astro.url.pathname}.'), RULE);
    expect(astro!.message).toBe(
      'Astro is not available in MDX, so the page would stop the build when it renders: read this entry’s own fields from frontmatter (frontmatter.title), or move the code into an .astro component and import it',
    );
    expect(only(await lintSource('Posted as {frontmatter.title}.'), RULE)).toEqual([]);

    const post = (fields: string, text: string) => `---\ntitle: T\n${fields}---\n\n${text}`;
    const [field] = only(await lintSource(post('', 'By {frontmatter.autor.name}.')), RULE);
    expect(field!.message).toBe(
      "frontmatter.autor is not in this file's frontmatter, so reading .name from it stops the build when the page renders: add autor: … to the frontmatter, or read it only where it is there (frontmatter.autor?.name)",
    );
    for (const fixed of [
      post('autor:\n  name: Sam\n', 'By {frontmatter.autor.name}.'),
      post('', 'By {frontmatter.autor?.name}.'),
    ])
      expect(only(await lintSource(fixed), RULE), fixed).toEqual([]);
    const [near] = only(
      await lintSource(post('author: Sam\n', '{frontmatter.autor.length}')),
      RULE,
    );
    expect(near!.message).toMatch(/: did you mean frontmatter\.author\? Otherwise add autor: …/);

    const [module] = only(await lintSource('export const total = count + 1;'), RULE);
    expect(module!.message).toMatch(/import it or define it \(export const count = …\)$/);
  });
});
