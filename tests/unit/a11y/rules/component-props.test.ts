import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';

const RULE = 'component-props';
const messages = async (text: string) =>
  only(await lintSource(text, '.mdx', { 'x.transcript.md': 'Words.' }), RULE).map(
    (p) => `${p.line}:${p.column} ${p.message}`,
  );

describe('component-props', () => {
  it('reports a required prop that is missing or empty, at the component, with the fix', async () => {
    expect(
      await messages(
        'Intro\n\n<YouTube id="abc123DEF45" transcript="./x.transcript.md" />\n\n<YouTube title="" id="abcDEFghi12" transcript="./x.transcript.md" />\n\n<Video title="Clip" transcript="./x.transcript.md" />',
      ),
    ).toEqual([
      '3:1 <YouTube> needs title: add title="What the video is", which names the player and its play button',
      '5:1 <YouTube> has an empty title: write title="What the video is", which names the player and its play button',
      '7:1 <Video> needs src: add src="/media/clip.webm" (a file in public/media/)',
    ]);
  });

  it('counts props from expressions and spreads as given, and leaves alt to image-alt', async () => {
    expect(
      await messages(
        'import img from "./a.png";\n\n<Figure src={img} alt="A chart" />\n\n<YouTube {...video} />\n\n<YouTube id={id} title={title} transcript="./x.transcript.md" />\n\n<Audio src="/media/a.ogg" transcript="./x.transcript.md" />',
      ),
    ).toEqual([]);
    const problems = await lintSource('<Figure src="/a.png" />', '.mdx');
    expect(only(problems, RULE)).toEqual([]);
    expect(only(problems, 'image-alt')).toHaveLength(1);
  });

  it('reports Astro’s Image or Picture of an image by its address with no size, on which the render stops', async () => {
    const image = (tag: string, props: string) =>
      `import { Image, Picture } from 'astro:assets';\n\n<${tag} src="https://example.org/lap.jpg" alt="A lap of Monza" ${props}/>\n`;
    expect(await messages(image('Image', ''))).toEqual([
      "3:1 <Image> shows an image by its address with no width and height, whose size Astro cannot read, so the build would stop as it renders it (Astro's MissingImageDimension): add the image's size in pixels, width={800} height={600}",
    ]);
    expect(await messages(image('Picture', 'width={800} '))).toHaveLength(1);
    // A file of public/, by its address, is no different to Astro.
    expect(
      await messages(
        'import { Image } from \'astro:assets\';\n\n<Image src="/media/lap.jpg" alt="A lap of Monza" />\n',
      ),
    ).toHaveLength(1);
    // The fix, as the message writes it, and Astro's own way of reading the size.
    expect(await messages(image('Image', 'width={800} height={600} '))).toEqual([]);
    expect(await messages(image('Picture', 'inferSize '))).toEqual([]);
    // A local image has a size Astro reads; a component of the same name from elsewhere is not Astro's.
    expect(
      await messages(
        "import { Image } from 'astro:assets';\nimport lap from './lap.jpg';\n\n<Image src={lap} alt=\"A lap\" />\n",
      ),
    ).toEqual([]);
    expect(
      await messages(
        'import Image from \'../components/Image.astro\';\n\n<Image src="https://example.org/lap.jpg" alt="A lap" />\n',
      ),
    ).toEqual([]);
  });

  it('reports a YouTube id that names no video, and passes an id or an address', async () => {
    expect(await messages('<YouTube id="season review" title="Season review" />')).toEqual([
      '1:1 <YouTube> id="season review" names no YouTube video: write the video’s id, id="dQw4w9WgXcQ", or its address, id="https://www.youtube.com/watch?v=dQw4w9WgXcQ"',
    ]);
    for (const id of [
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'youtu.be/dQw4w9WgXcQ',
    ])
      expect(await messages(`<YouTube id="${id}" title="Season review" />`), id).toEqual([]);
  });

  it('reports a word a prop does not take, and passes the words it suggests and expressions', async () => {
    expect(await messages('<Callout type="danger" title="Careful">Check first.</Callout>')).toEqual(
      [
        '1:1 <Callout> type must be note, tip or warning, not "danger": write type="note" or another of those',
      ],
    );
    for (const type of ['note', 'tip', 'warning'])
      expect(await messages(`<Callout type="${type}">Check first.</Callout>`)).toEqual([]);
    expect(await messages('<Callout type={kind}>Check first.</Callout>')).toEqual([]);
  });
});
