import { describe, expect, it } from 'vitest';
import { gateConfig, type GateConfig } from '../../../src/a11y/core/config.ts';
import { checkSource, createSourceProcessor } from '../../../src/a11y/source/check.ts';
import type { Problem } from '../../../src/a11y/core/types.ts';
import { fixedBy } from './helpers.ts';

const RULE = 'alt-quality';
const processors = new Map<GateConfig, ReturnType<typeof createSourceProcessor>>();
const defaults = gateConfig();

async function lint(
  text: string,
  ext: '.md' | '.mdx' = '.mdx',
  config: GateConfig = defaults,
): Promise<Problem[]> {
  let processor = processors.get(config);
  if (!processor) processors.set(config, (processor = createSourceProcessor(config)));
  const problems = await checkSource(processor, `/site/content/posts/post${ext}`, text, '/site');
  return problems.filter((p) => p.ruleId === RULE);
}

/** `line:column kind` of each problem; the kind is read from the message's wording. */
async function found(text: string, ext: '.md' | '.mdx' = '.mdx'): Promise<string[]> {
  return (await lint(text, ext)).map((p) => {
    const kind = /is a file name/.test(p.message)
      ? 'file-name'
      : /has no words|only says that there is an image/.test(p.message)
        ? 'placeholder'
        : /is the pattern the check's message gave/.test(p.message)
          ? 'pattern'
          : /^(?:Alt text|coverAlt) starts with/.test(p.message)
            ? 'opening'
            : /repeats/.test(p.message)
              ? 'repeats'
              : /characters long/.test(p.message)
                ? 'too-long'
                : p.message;
    return `${p.line}:${p.column} ${kind}`;
  });
}

const md = (alt: string) => `![${alt}](./car.png)`;
const long = 'A wide view of the pit lane at dawn. '.repeat(7).trim(); // 258 characters

describe('alt-quality: alt text that does not describe', () => {
  const notOk: [string, string, '.md' | '.mdx', string[]][] = [
    // Placeholder words alone (case, punctuation and numbers ignored)
    ['"image"', md('image'), '.md', ['1:1 placeholder']],
    [
      'a constant the file declares (the page has alt="image")',
      'export const alt = "image";\n\n<Figure src="a.png" alt={alt} />',
      '.mdx',
      ['3:1 placeholder'],
    ],
    ['"Photo"', md('Photo'), '.mdx', ['1:1 placeholder']],
    ['"PICTURE."', md('PICTURE.'), '.md', ['1:1 placeholder']],
    ['"img"', md('img'), '.mdx', ['1:1 placeholder']],
    ['"graphic"', md('graphic'), '.md', ['1:1 placeholder']],
    ['"alt"', md('alt'), '.mdx', ['1:1 placeholder']],
    ['"Screenshot"', md('Screenshot'), '.md', ['1:1 placeholder']],
    ['"screen shot"', md('screen shot'), '.md', ['1:1 placeholder']],
    ['"Image 1"', md('Image 1'), '.mdx', ['1:1 placeholder']],
    ['"photo #3"', md('photo #3'), '.md', ['1:1 placeholder']],
    ['"An image"', md('An image'), '.mdx', ['1:1 placeholder']],
    ['"my cover photo"', md('my cover photo'), '.mdx', ['1:1 placeholder']],
    ['"alt text"', md('alt text'), '.mdx', ['1:1 placeholder']],
    ['"Untitled"', md('Untitled'), '.mdx', ['1:1 placeholder']],
    ['no letters at all', '<img src="a.png" alt="123" />', '.mdx', ['1:1 placeholder']],
    // File names
    ['a camera file name', md('IMG_2034.JPG'), '.md', ['1:1 file-name']],
    ['a name with an image extension', md('photo-1.png'), '.mdx', ['1:1 file-name']],
    ['any image extension', md('pit lane.webp'), '.mdx', ['1:1 file-name']],
    ['a camera name without extension', md('DSC01234'), '.md', ['1:1 file-name']],
    ['a screenshot tool name', md('Screenshot 2024-05-01 at 10.32.11'), '.mdx', ['1:1 file-name']],
    ['a machine-made name', md('hero_banner_v2'), '.mdx', ['1:1 file-name']],
    ["the image's own file name", '![pit-lane-2](./pit-lane-2.png)', '.md', ['1:1 file-name']],
    ['an address', md('https://example.org/car.png'), '.mdx', ['1:1 file-name']],
    // Redundant openings
    ['"Image of …"', md('Image of a red car in the rain'), '.md', ['1:1 opening']],
    ['"A picture of …"', md('A picture of the pit crew'), '.mdx', ['1:1 opening']],
    ['"photo of …"', md('photo of two fans with flags'), '.md', ['1:1 opening']],
    ['"Photograph of …"', md('Photograph of the grid'), '.mdx', ['1:1 opening']],
    ['"Graphic of …"', md('Graphic of lap times rising'), '.mdx', ['1:1 opening']],
    ['"Picture showing …"', md('Picture showing the paddock'), '.md', ['1:1 opening']],
    ['"Image: …"', md('Image: a chart of lap times'), '.mdx', ['1:1 opening']],
    ['"This is an image of …"', md('This is an image of a helmet'), '.md', ['1:1 opening']],
    ['"Photos of …"', md('Photos of the podium'), '.mdx', ['1:1 opening']],
    // Repeats the caption or the text around it
    [
      'Figure alt equal to its caption',
      '<Figure src="a.png" alt="The pit lane at dawn." caption="The pit lane at dawn" />',
      '.mdx',
      ['1:1 repeats'],
    ],
    [
      'img alt equal to its figcaption',
      '<figure>\n<img src="a.png" alt="Fans queue for the shuttle bus">\n<figcaption>Fans queue for the shuttle bus.</figcaption>\n</figure>',
      '.md',
      ['2:1 repeats'],
    ],
    [
      'alt equal to the surrounding sentence',
      'Fans queue for the shuttle bus. ![Fans queue for the shuttle bus](a.png) It took an hour.',
      '.mdx',
      ['1:33 repeats'],
    ],
    [
      'alt equal to the paragraph under the image',
      '![Fans queue for the shuttle bus](a.png)\n\n*Fans queue for the shuttle bus*',
      '.md',
      ['1:1 repeats'],
    ],
    [
      'a long alt copied into the caption',
      '<Figure src="a.png" alt="Three mechanics change a tyre" caption="At the stop, three mechanics change a tyre in two seconds" />',
      '.mdx',
      ['1:1 repeats'],
    ],
    [
      'alt equal to the rest of its link’s text, read as one name',
      'Read <a href="/posts/week-3/"><img src="a.png" alt="Week three" /> Week three</a> next.',
      '.md',
      ['1:31 repeats'],
    ],
    [
      'alt equal to the text of a Markdown link around it',
      'A card: [![The pit wall](a.png) The pit wall](/posts/pit-wall/)',
      '.mdx',
      ['1:10 repeats'],
    ],
    [
      'alt equal to the text of a button around it',
      '<button><img src="a.png" alt="Play" /> Play</button>',
      '.md',
      ['1:9 repeats'],
    ],
    [
      'coverAlt equal to the title',
      '---\ntitle: The pit lane at dawn\ncover: ./c.png\ncoverAlt: The pit lane at dawn\n---\n',
      '.mdx',
      ['4:1 repeats'],
    ],
    // What tools and phones name a picture by default
    ['Canva’s default', md('Untitled design (3)'), '.md', ['1:1 placeholder']],
    ['Stack Overflow’s default', md('Enter image description here'), '.md', ['1:1 placeholder']],
    [
      'a messaging app’s file name',
      md('WhatsApp Image 2024-01-01 at 12.00.00'),
      '.md',
      ['1:1 file-name'],
    ],
    [
      'a French screenshot’s name',
      md('Capture d’écran 2024-03-01 à 10.12.00'),
      '.mdx',
      ['1:1 file-name'],
    ],
    [
      'a German screenshot’s name',
      md('Bildschirmfoto 2024-03-01 um 10.12.00'),
      '.mdx',
      ['1:1 file-name'],
    ],
    [
      'a Japanese screenshot’s name',
      md('スクリーンショット 2024-03-01 10.12.00'),
      '.md',
      ['1:1 file-name'],
    ],
    [
      'GNOME’s screenshot name',
      md('Screenshot from 2024-03-01 10-12-00'),
      '.md',
      ['1:1 file-name'],
    ],
    [
      'CleanShot’s name, at 2x',
      md('CleanShot 2024-03-01 at 10.12.00@2x'),
      '.md',
      ['1:1 file-name'],
    ],
    [
      'a Figma frame’s name, as its export names the file',
      md('Frame 12'),
      '.md',
      ['1:1 file-name'],
    ],
    ['an Illustrator artboard’s name', md('Artboard 1'), '.mdx', ['1:1 file-name']],
    // Too long
    ['alt text over 250 characters', md(long), '.mdx', ['1:1 too-long']],
    ['several problems at once', md(`Photo of ${long}`), '.mdx', ['1:1 opening', '1:1 too-long']],
    // Every form of image
    ['an image reference', '![image][car]\n\n[car]: ./car.png', '.md', ['1:1 placeholder']],
    ['an image in a link', '[![photo](a.png)](https://example.org)', '.mdx', ['1:2 placeholder']],
    ['raw HTML in .md', 'Text\n\n<IMG SRC="a.png" ALT="IMG_2034.JPG">', '.md', ['3:1 file-name']],
    ['a JSX img', '<img src="a.png" alt="Picture of a car" />', '.mdx', ['1:1 opening']],
    ['the Image component', '<Image src={car} alt="photo" />', '.mdx', ['1:1 placeholder']],
    ['a Figure', '<Figure src="a.png" alt="photo-1.png" />', '.mdx', ['1:1 file-name']],
    [
      'coverAlt',
      '---\ntitle: T\ncover: ./c.png\ncoverAlt: Cover photo\n---\n',
      '.md',
      ['4:1 placeholder'],
    ],
    // The patterns this site's own messages give, copied as they stand
    ['"what it shows"', md('what it shows'), '.md', ['1:1 pattern']],
    ['"Where the link goes"', `[${md('Where the link goes')}](/posts/)`, '.md', ['1:2 pattern']],
    [
      'alt="what the image shows"',
      '<img src="a.png" alt="what the image shows" />',
      '.mdx',
      ['1:1 pattern'],
    ],
    [
      'coverAlt: "what the cover shows"',
      '---\ntitle: T\ncover: ./c.png\ncoverAlt: "what the cover shows"\n---\n',
      '.md',
      ['4:1 pattern'],
    ],
    [
      'role=img with aria-label',
      '<span role="img" aria-label="icon"></span>',
      '.md',
      ['1:1 placeholder'],
    ],
  ];
  for (const [name, text, ext, expected] of notOk) {
    it(`flags ${name} (${ext})`, async () => {
      expect(await found(text, ext)).toEqual(expected);
    });
  }
});

describe('alt-quality: alt text that describes, and what is not its business', () => {
  const ok: [string, string, '.md' | '.mdx'][] = [
    ['a description', md('A red car in the rain'), '.md'],
    [
      'an image in a link that says what the link’s text does not',
      '<a href="/x/"><img src="a.png" alt="A pit crew changing tyres" /> Week three</a>',
      '.md',
    ],
    [
      'the fix for alt that repeats its link’s text: alt="" when the text says it all',
      'Read <a href="/posts/week-3/"><img src="a.png" alt="" /> Week three</a> next.',
      '.md',
    ],
    [
      'alt left unread: role="presentation" holds on it',
      '<a href="/x/"><img src="a.png" alt="Week three" role="presentation" />Week three</a>',
      '.md',
    ],
    ['a photo essay that describes', md('A photo essay about the pit lane'), '.mdx'],
    [
      'a frame described, with its number',
      md('Frame 12 of the stop-motion clip, the car mid-turn'),
      '.md',
    ],
    [
      'a placeholder word inside a description',
      md('A photographer kneels by the image of the winning car'),
      '.md',
    ],
    [
      'a medium that tells something',
      md('Screenshot of the settings page with captions switched on'),
      '.mdx',
    ],
    ['a chart described', md('Chart of lap times: the leader gains two seconds a lap'), '.md'],
    ['a logo named', md('Logo of the FIA'), '.mdx'],
    ['words a default is made of, describing', md('Design review at 3pm in the paddock'), '.md'],
    ['a tool’s name in a description', md('Signal boost for the 2024 campaign'), '.md'],
    [
      'names with numbers and hyphens in prose',
      md('COVID-19 test tent beside the Wi-Fi mast'),
      '.mdx',
    ],
    ['a description like the file name, written as prose', '![Pit lane](./pit-lane.png)', '.md'],
    ['exactly 250 characters', md('A'.repeat(249) + '.'), '.mdx'],
    [
      'a short alt inside a longer caption',
      '<Figure src="a.png" alt="The pit lane" caption="The pit lane at dawn, before the cars arrive" />',
      '.mdx',
    ],
    [
      'alt and caption that say different things',
      '<Figure src="a.png" alt="Mechanics in orange overalls lift the car" caption="Stop number three" />',
      '.mdx',
    ],
    [
      'a short alt that appears in the paragraph',
      'We walked the pit lane at dawn. ![The pit lane](a.png)',
      '.md',
    ],
    ['decorative alt="" in HTML', '<img src="a.png" alt="">', '.md'],
    ['decorative alt="" in JSX', '<Figure src="a.png" alt="" caption="Image" />', '.mdx'],
    ['empty Markdown alt (image-alt reports it)', '![](a.png)', '.md'],
    [
      'an alt only the build knows',
      'export const altOf = (name) => name;\n\n<Figure src="a.png" alt={altOf("image")} />',
      '.mdx',
    ],
    ['a hidden image', '<img src="a.png" alt="image" aria-hidden="true">', '.md'],
    ['a code block', '```md\n![image](IMG_2034.JPG)\n```', '.md'],
    ['inline code', 'Never write `![photo](a.png)`.', '.mdx'],
    ['an img that is not an image component', '<Card title="photo" alt="photo" />', '.mdx'],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name} (${ext})`, async () => {
      expect(await found(text, ext)).toEqual([]);
    });
  }
});

describe('alt-quality: severity and wording', () => {
  it('warns by default', async () => {
    expect((await lint(md('image'))).map((p) => p.severity)).toEqual(['warning']);
  });

  it('is raised to an error, or turned off, through site.a11y.rules', async () => {
    const error = gateConfig({ rules: { 'alt-quality': 'error' } });
    expect((await lint(md('image'), '.mdx', error)).map((p) => p.severity)).toEqual(['error']);
    expect(
      await lint(md('image'), '.mdx', gateConfig({ rules: { 'alt-quality': 'off' } })),
    ).toEqual([]);
  });

  it('says what is wrong, then what to do', async () => {
    const messages = async (text: string, ext: '.md' | '.mdx' = '.mdx') =>
      (await lint(text, ext)).map((p) => p.message);
    expect(await messages(md('IMG_2034.JPG'))).toEqual([
      'Alt text "IMG_2034.JPG" is a file name, which tells a reader nothing: describe what the image shows',
    ]);
    expect(await messages(md('Image'))).toEqual([
      'Alt text "Image" only says that there is an image: describe what it shows, or import it (import picture from \'./car.png\';) and write <img src={picture.src} alt="" /> if it is decorative',
    ]);
    expect(await messages('<img src="a.png" alt="photo" />')).toEqual([
      'Alt text "photo" only says that there is an image: describe what it shows, or use alt="" if it is decorative',
    ]);
    expect(await messages(md('Photo of a pit crew changing tyres'))).toEqual([
      'Alt text starts with "Photo of", which screen readers already announce: drop it and start with what it shows, "A pit crew changing tyres"',
    ]);
    expect(await messages('<Figure src="a.png" alt="Stop three" caption="Stop three" />')).toEqual([
      'Alt text repeats the caption word for word, so screen reader users hear it twice: say what the image shows that the caption does not, or use alt="" if the caption says it all',
    ]);
    expect(
      await messages('See <a href="/x/"><img src="a.png" alt="Week three" />Week three</a>'),
    ).toEqual([
      "Alt text repeats the link's text word for word, so screen reader users hear it twice: say what the image shows that the link's text does not, or use alt=\"\" if the link's text says it all",
    ]);
    // A template's missing value, printed: in any language, and as any element takes alt text.
    expect(await messages('<img src="a.png" alt="undefined" />')).toEqual([
      'Alt text "undefined" is what code prints for a missing value: give the image its alt text where that value comes from (a frontmatter field, a prop), or write what the image shows',
    ]);
    for (const printed of ['null', 'NaN', '[object Object]'])
      expect(await messages(`---\nlang: fr\n---\n\n${md(printed)}`), printed).toEqual([
        expect.stringContaining('is what code prints for a missing value'),
      ]);
    expect(await messages(md(long))).toEqual([
      'Alt text is 258 characters long (over 250): keep it to what matters and move the detail into a caption or a long description next to the image',
    ]);
  });
});

describe('alt-quality: alt text in another language', () => {
  it('skips the English word lists but keeps the checks that hold in any language', async () => {
    const fr = (body: string) => `---\ntitle: x\nlang: fr\n---\n\n${body}\n`;
    // "image" and "photo of" are English placeholders; in French they are words like any other.
    expect(await found(fr('![image](./a.png)'))).toEqual([]);
    expect(await found(fr('![Photo of the pit lane](./a.png)'))).toEqual([]);
    expect(await found(fr('![IMG_2034.JPG](./a.png)'))).toEqual(['6:1 file-name']);
    expect(await found('<p lang="fr"><img src="a.png" alt="image" /></p>\n', '.md')).toEqual([]);
    expect(await found('<p><img src="a.png" alt="image" /></p>\n', '.md')).toEqual([
      '1:4 placeholder',
    ]);
  });
});

describe('alt-quality: a frame’s title that names nothing in particular', () => {
  it('warns at the title YouTube’s embed code gives every video, and at placeholder titles', async () => {
    const text = [
      '<iframe src="https://www.youtube.com/embed/abc" title="YouTube video player"></iframe>',
      '',
      '<YouTube id="abc" title="YouTube video player" />',
      '',
      '<iframe src="https://example.com/x" title="Embed"></iframe>',
      '',
      '<iframe src="https://example.com/y" title="what the frame shows"></iframe>',
      '',
      '<YouTube id="abc" title="What the video is" />',
      '',
      '<iframe src="https://www.youtube.com/embed/abc" title="Pit stop at Monza, 2026"></iframe>',
    ].join('\n');
    expect((await lint(text)).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:1 Frame title "YouTube video player" is the one YouTube\'s embed code gives every video, so a screen reader names them all alike: say which video this is, title="…"',
      '3:1 Frame title "YouTube video player" is the one YouTube\'s embed code gives every video, so a screen reader names them all alike: say which video this is, title="…"',
      '5:1 Frame title "Embed" names no frame in particular: say what this one shows, title="…"',
      '7:1 Frame title "what the frame shows" names no frame in particular: say what this one shows, title="…"',
      '9:1 Frame title "What the video is" names no frame in particular: say what this one shows, title="…"',
    ]);
    expect(new Set((await lint(text)).map((p) => p.severity))).toEqual(new Set(['warning']));
  });

  it('warns at the names other embed codes give every video, and fixes Panopto’s with the recording’s name it carries', async () => {
    const panopto = (rest: string) =>
      `<iframe src="https://uni.hosted.panopto.com/Panopto/Pages/Embed.aspx?id=1" height="405" width="720" allowfullscreen allow="autoplay" aria-label="Panopto Embedded Video Player"${rest}></iframe>`;
    const text = [
      panopto(' aria-description="Install Flutter on Windows"'),
      '',
      panopto(' title="Figma prototyping: text fields"'),
      '',
      panopto(''),
      '',
      '<iframe src="https://cdnapisec.kaltura.com/p/1/sp/100/embedIframeJs/uiconf_id/2" title="Kaltura Player"></iframe>',
      '',
      '<iframe src="https://www.dailymotion.com/embed/video/x1" title="Dailymotion Video Player"></iframe>',
    ].join('\n');
    for (const ext of ['.md', '.mdx'] as const) {
      const problems = await lint(text, ext);
      expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
        '1:1 Frame aria-label "Panopto Embedded Video Player" is the one Panopto\'s embed code gives every video, so a screen reader names them all alike: say which video this is, aria-label="Install Flutter on Windows"',
        '3:1 Frame aria-label "Panopto Embedded Video Player" is the one Panopto\'s embed code gives every video, so a screen reader names them all alike: say which video this is, aria-label="Figma prototyping: text fields"',
        '5:1 Frame aria-label "Panopto Embedded Video Player" is the one Panopto\'s embed code gives every video, so a screen reader names them all alike: say which video this is, aria-label="…"',
        '7:1 Frame title "Kaltura Player" is the one Kaltura\'s embed code gives every video, so a screen reader names them all alike: say which video this is, title="…"',
        '9:1 Frame title "Dailymotion Video Player" is the one Dailymotion\'s embed code gives every video, so a screen reader names them all alike: say which video this is, title="…"',
      ]);
      // The two whose own name is known carry it as their fix; applied, they pass.
      const fixes = problems.flatMap((p) => (p.fix ? [p.fix] : []));
      expect(fixes).toHaveLength(2);
      const fixed = fixedBy(text, problems);
      expect(fixed).toContain('aria-label="Install Flutter on Windows" aria-description');
      expect(fixed).toContain('aria-label="Figma prototyping: text fields" title');
      expect((await lint(fixed, ext)).map((p) => p.line)).toEqual([5, 7, 9]);
    }
    // A frame named by another element is named by that element's words.
    expect(
      await lint(
        '<h2 id="rec">Week 3 lecture</h2>\n\n<iframe src="https://www.dailymotion.com/embed/video/x1" title="Dailymotion Video Player" aria-labelledby="rec"></iframe>\n',
        '.md',
      ),
    ).toEqual([]);
  });

  it('asks about alt="" on a picture of a post exported from WordPress, which writes it on every picture given none', async () => {
    const text = [
      '<img class="aligncenter size-full wp-image-12" src="/pit.jpg" alt="" width="300" height="200" />',
      '',
      '<img src="/divider.png" alt="" />',
      '',
      '<img class="wp-image-13" src="/grid.jpg" alt="The grid before the start" />',
    ].join('\n');
    const said = (await lint(text, '.md')).map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(said).toEqual([
      '1:1 <img alt=""> marks the picture as decoration, but WordPress writes alt="" on every picture its author gave no alt text (class="wp-image-12"), as this post\'s export kept it: if it shows something, describe it, alt="…"; if it is decoration, remove wp-image-12 from its class to say so',
    ]);
    // Either fix passes: the picture described, or its WordPress class removed.
    for (const fixed of [
      text.replace('src="/pit.jpg" alt=""', 'src="/pit.jpg" alt="The pit wall at dusk"'),
      text.replace(' wp-image-12"', '"'),
    ])
      expect(await lint(fixed, '.md')).toEqual([]);
  });
});

describe('alt text Word or PowerPoint made up by itself', () => {
  it('is said, with the guess it holds, and alt text that says what the picture shows passes', async () => {
    const text = [
      '![A screenshot of a computer  Description automatically generated](./poll.png)',
      '',
      '![A person sitting at a desk  Description automatically generated with medium confidence](./desk.png)',
    ].join('\n');
    expect((await lint(text, '.md')).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:1 Alt text "A screenshot of a computer Description automatically gene…" is the guess Word or PowerPoint made by itself, which names only what kind of picture it is ("A screenshot of a computer"): say what this picture shows, and why it is here',
      '3:1 Alt text "A person sitting at a desk Description automatically gene…" is the guess Word or PowerPoint made by itself, which names only what kind of picture it is ("A person sitting at a desk"): say what this picture shows, and why it is here',
    ]);
    const fixed = text
      .replace(/A screenshot[^\]]*/, 'Poll results: most answers came from Instagram')
      .replace(/A person[^\]]*/, 'Sam at the pit wall desk, timing the stops');
    expect(await lint(fixed, '.md')).toEqual([]);
  });
});
