import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { fixedBy } from '../helpers.ts';
import { checkProject, post, projectProblems } from '../project.ts';

const RULE = 'content-schema';

describe('content-schema', () => {
  it('passes frontmatter the collections accept, and files outside a collection', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            'Body',
            'tags: [pln]\ncover: ./cover.png\ncoverAlt: A sketch\n',
          ),
          'content/posts/cover.png': '',
          'content/guides/g.mdx': post(
            'Body',
            'events:\n  - title: Meetup\n    start: 2027-03-12\n',
          ),
          'content/pages/about.md': '---\ntitle: About\ndescription: D.\n---\nAbout.\n',
          'content/notes/loose.md': 'No frontmatter, no collection.',
          'content/courses/c.yaml':
            'title: C\nterm: Fall\ndescription: D\nmodules:\n  - id: one\n    title: One\n',
          'content/networks/n.yaml':
            'title: N\nentries:\n  - name: A forum\n    kind: community\n    perspectives: [fans]\n    status: following\n',
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('flags what the schemas reject, at the field, in the schemas’ words', async () => {
    expect(
      await checkProject(
        {
          // A date that is not ISO 8601 is said once, by frontmatter-date: not here.
          'content/posts/bad-date.md': post('Body').replace('2026-01-01', '30/11/2026'),
          'content/posts/draft.md': post('Body', 'draft: maybe\n'),
          'content/posts/no-title.mdx': '---\ndescription: D.\npubDate: 2026-01-01\n---\nBody\n',
          'content/posts/slug.md': post('Body', 'slug: My Post\n'),
          'content/posts/cover.md': post('Body', 'cover: ./missing.png\ncoverAlt: A sketch\n'),
          'content/guides/g.md': post('Body', 'events:\n  - start: 2027-03-12\n'),
          'content/pages/about.md': '---\ntitle: About\n---\nAbout.\n',
          'content/courses/c.yaml':
            'title: C\nterm: Fall\ndescription: D\nmodules:\n  - title: One\n',
          'content/networks/n.yaml':
            'title: N\nentries:\n  - name: A forum\n    kind: forum\n    perspectives: [fans]\n    status: following\n',
        },
        RULE,
      ),
    ).toEqual([
      'content/courses/c.yaml:5:1 module 1 ("One"): id is required: add id: one to the module (entries name it in module:)',
      'content/guides/g.md:6:1 events[0].title is required: add it to the frontmatter',
      'content/networks/n.yaml:4:1 entry 1 ("A forum"): kind "forum" is not allowed: write kind: community (a forum is one here), or use person, organization, event, publication or platform',
      'content/pages/about.md:1:1 description is required: add description: … to the frontmatter',
      'content/posts/cover.md:5:1 cover: the image ./missing.png is not there: the path is relative to this file; fix it, or add the image',
      'content/posts/draft.md:5:1 draft must be true or false, not "maybe": write draft: true or draft: false',
      'content/posts/no-title.mdx:1:1 title is required: add title: … to the frontmatter',
      'content/posts/slug.md:5:1 slug: slug must be lower-case words joined by hyphens, not "My Post": write slug: my-post',
    ]);
  });

  it('says which of true or false a yes or no meant, and the fix passes', async () => {
    const draft = (value: string) =>
      checkProject({ 'content/posts/a.md': post('Text.', `draft: ${value}\n`) }, RULE);
    expect(await draft('yes')).toEqual([
      'content/posts/a.md:5:1 draft must be true or false, not "yes": write draft: true',
    ]);
    expect(await draft('off')).toEqual([
      'content/posts/a.md:5:1 draft must be true or false, not "off": write draft: false',
    ]);
    expect(await draft('true')).toEqual([]);
  });

  it('says what to write for a missing date and for tags written as text, and the fixes pass', async () => {
    const jekyll = '---\ntitle: T\ndescription: D.\ntags: reflection, pln\n---\nBody\n';
    const spaced =
      '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\ntags: reflection pln\n---\nBody\n';
    expect(
      await checkProject({ 'content/posts/a.md': jekyll, 'content/posts/b.md': spaced }, RULE),
    ).toEqual([
      'content/posts/a.md:1:1 pubDate is required: add pubDate: 2026-10-12 to the frontmatter',
      'content/posts/a.md:4:1 tags must be a list, not "reflection, pln": write tags: [reflection, pln]',
      'content/posts/b.md:5:1 tags must be a list, not "reflection pln": write tags: [reflection, pln]',
    ]);
    const fixed = jekyll.replace(
      'tags: reflection, pln',
      'pubDate: 2026-10-12\ntags: [reflection, pln]',
    );
    expect(await checkProject({ 'content/posts/a.md': fixed }, RULE)).toEqual([]);
  });

  it('says frontmatter written as a list or as one line of text is no set of fields, and the fixes pass', async () => {
    const dashes = '---\n- title: Pit stops\n- description: D.\n- pubDate: 2026-01-01\n---\nBody\n';
    const text = '---\nPit stops\n---\nBody\n';
    expect(
      await checkProject({ 'content/posts/a.md': dashes, 'content/posts/b.md': text }, RULE),
    ).toEqual([
      'content/posts/a.md:2:1 the frontmatter is a list, each line starting with a dash, not a set of fields: write the fields without their dashes, title: …',
      'content/posts/b.md:2:1 the frontmatter is the text "Pit stops", not a set of fields: write each field on its own line as name: value, title: Pit stops',
    ]);
    // Without the dashes, the fields; the text as the title, and then the fields still missing.
    const fixed = {
      'content/posts/a.md': dashes.replace(/^- /gm, ''),
      'content/posts/b.md': text.replace('Pit stops', 'title: Pit stops'),
    };
    expect(await checkProject(fixed, RULE)).toEqual([
      'content/posts/b.md:1:1 description is required: add description: … to the frontmatter',
      'content/posts/b.md:1:1 pubDate is required: add pubDate: 2026-10-12 to the frontmatter',
    ]);
  });

  it('says one line of text is a field once its pasted space or full-width colon is written plainly', async () => {
    const files = {
      'content/posts/a.md': '---\ntitle:\u00a0Pit stops\n---\nBody\n',
      'content/posts/b.md': '---\ntitle\uff1aPit stops\n---\nBody\n',
      // Text in quotes with a colon in it: the title the fix makes of it keeps the quotes.
      'content/posts/c.md': '---\n"Pit stops: the plan"\n---\nBody\n',
    };
    const said = await checkProject(files, RULE);
    expect(said.filter((line) => !line.includes('is required'))).toEqual([
      'content/posts/a.md:2:1 the frontmatter is the text "title:\u00a0Pit stops", not a set of fields: it has a no-break space (U+00A0) after title:, and YAML takes only the space and the tab for spaces: write it as title: Pit stops',
      'content/posts/b.md:2:1 the frontmatter is the text "title：Pit stops", not a set of fields: it has a full-width colon (：) after title, and YAML takes only : for a colon: write it as title: Pit stops',
      'content/posts/c.md:2:1 the frontmatter is the text "Pit stops: the plan", not a set of fields: write each field on its own line as name: value, title: "Pit stops: the plan"',
    ]);
    const fixed = {
      'content/posts/a.md': '---\ntitle: Pit stops\n---\nBody\n',
      'content/posts/b.md': '---\ntitle: Pit stops\n---\nBody\n',
      'content/posts/c.md': '---\ntitle: "Pit stops: the plan"\n---\nBody\n',
    };
    expect(await checkProject(fixed, RULE)).toEqual([
      'content/posts/a.md:1:1 description is required: add description: … to the frontmatter',
      'content/posts/a.md:1:1 pubDate is required: add pubDate: 2026-10-12 to the frontmatter',
      'content/posts/b.md:1:1 description is required: add description: … to the frontmatter',
      'content/posts/b.md:1:1 pubDate is required: add pubDate: 2026-10-12 to the frontmatter',
      'content/posts/c.md:1:1 description is required: add description: … to the frontmatter',
      'content/posts/c.md:1:1 pubDate is required: add pubDate: 2026-10-12 to the frontmatter',
    ]);
  });

  it('says a required field whose name has a pasted space in it is that field, written with it', async () => {
    const file = (title: string) =>
      `---\n${title}: Pit stops\ndescription: D.\npubDate: 2026-01-01\n---\nBody\n`;
    expect(
      await checkProject(
        {
          'content/posts/a.md': file('title\u00a0'),
          'content/posts/b.md': file('\u200btitle'),
          'content/courses/c.yaml':
            'title: C\nterm\u3000: Fall\ndescription: D\nmodules:\n  - id: one\n    title: One\n',
        },
        RULE,
      ),
    ).toEqual([
      'content/courses/c.yaml:1:1 term is required: it is written with a full-width space (U+3000) in its name, and a name is read with every character in it: write the name as term',
      'content/posts/a.md:2:1 title is required: it is written with a no-break space (U+00A0) in its name, and a name is read with every character in it: write the name as title',
      'content/posts/b.md:2:1 title is required: it is written with a zero-width space (U+200B) in its name, and a name is read with every character in it: write the name as title',
    ]);
    expect(await checkProject({ 'content/posts/a.md': file('title') }, RULE)).toEqual([]);
  });

  it('says how to write a cover given as public/ or a web address, and the fix passes', async () => {
    const cover = (value: string) => post('Body', `cover: ${value}\ncoverAlt: A pit lane\n`);
    expect(
      await checkProject(
        {
          // Astro's blog starter keeps its hero images in public/; a Hugo export, on the web.
          'content/posts/a.md': cover('/blog-placeholder-1.jpg'),
          'public/blog-placeholder-1.jpg': 'in public/, which a cover does not read',
          'content/posts/b.md': cover('https://example.com/photos/pit%20lane.png?w=800'),
          'content/posts/c.md': cover('https://example.com/photo?id=7'),
        },
        RULE,
      ),
    ).toEqual([
      "content/posts/a.md:5:1 cover: /blog-placeholder-1.jpg is a path from the site's root (public/), and a cover is a file beside this entry, which the build optimizes: put the image beside this file and write cover: ./blog-placeholder-1.jpg",
      'content/posts/b.md:5:1 cover: https://example.com/photos/pit%20lane.png?w=800 is a web address, and a cover is a file beside this entry, which the build optimizes: put the image beside this file and write cover: ./pit-lane.png',
      'content/posts/c.md:5:1 cover: https://example.com/photo?id=7 is a web address, and a cover is a file beside this entry, which the build optimizes: put the image beside this file and write cover: ./cover.jpg',
    ]);
    expect(
      await checkProject(
        {
          'content/posts/a.md': cover('./blog-placeholder-1.jpg'),
          'content/posts/blog-placeholder-1.jpg': '',
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('says a cover pasted as a path on the writer’s computer is no file the build reads, and the fix passes', async () => {
    const cover = (value: string) => post('Body', `cover: ${value}\ncoverAlt: A pit lane\n`);
    expect(
      await checkProject(
        {
          'content/posts/a.md': cover('C:\\Users\\sam\\Pictures\\pit lane.png'),
          'content/posts/b.md': cover('/Users/sam/Desktop/grid.jpg'),
        },
        RULE,
      ),
    ).toEqual([
      'content/posts/a.md:5:1 cover: C:\\Users\\sam\\Pictures\\pit lane.png is the address of a file on your computer, which the build cannot read: copy pit lane.png beside this entry and write cover: ./pit lane.png',
      'content/posts/b.md:5:1 cover: /Users/sam/Desktop/grid.jpg is the address of a file on your computer, which the build cannot read: copy grid.jpg beside this entry and write cover: ./grid.jpg',
    ]);
    expect(
      await checkProject(
        {
          'content/posts/a.md': cover('./pit lane.png'),
          'content/posts/pit lane.png': '',
          'content/posts/b.md': cover('./grid.jpg'),
          'content/posts/grid.jpg': '',
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('finds a cover through tsconfig.json’s alias, as Astro’s image() does', async () => {
    const files = {
      'content/posts/a.md': post('Body', 'cover: "@/assets/cover.png"\ncoverAlt: A pit lane\n'),
      'src/assets/cover.png': '',
    };
    const tsconfig = JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } });
    expect(await checkProject({ ...files, 'tsconfig.json': tsconfig }, RULE)).toEqual([]);
    expect(await checkProject(files, RULE)).toEqual([
      'content/posts/a.md:5:1 cover: the image @/assets/cover.png is not there: the path is relative to this file; fix it, or add the image',
    ]);
  });

  it('says a title written as the first heading, and Notion’s properties under it, are fields, and the fix passes', async () => {
    const notion = [
      '# Week 4: voices outside motorsport',
      '',
      'Created: November 30, 2026 10:42 AM',
      'Tags: PLN, Sustainability',
      'Status: Done',
      '',
      'This week I looked past the paddock.',
      '',
    ].join('\n');
    const obsidian = '---\ndescription: D.\npubDate: 2026-01-01\n---\n\n# Pit stops\n\nText.\n';
    const files = { 'content/posts/notion.md': notion, 'content/posts/obsidian.mdx': obsidian };
    const { problems } = await projectProblems(files);
    const mine = problems.filter((p) => p.ruleId === RULE || p.ruleId === 'heading-order');
    expect(mine.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      'content/posts/notion.md:1 title is required: the page shows its title above the text, and this file\'s is its first heading, # Week 4: voices outside motorsport: write title: "Week 4: voices outside motorsport" in a frontmatter block (--- at the top of the file), in place of the heading; the lines under it are Notion\'s page properties, shown as text: write pubDate: 2026-11-30 and tags: [PLN, Sustainability] there too, in place of those lines',
      'content/posts/notion.md:1 description is required: add description: … to a frontmatter block (--- at the top of the file)',
      'content/posts/notion.md:3 pubDate is required: it is written as text under the title, Created: November 30, 2026 10:42 AM (Created is its name in Obsidian and Notion exports), which the page shows as a line of text: write pubDate: 2026-11-30 in a frontmatter block (--- at the top of the file), in place of that line',
      "content/posts/obsidian.mdx:6 title is required: the page shows its title above the text, and this file's is its first heading, # Pit stops: write title: Pit stops in the frontmatter, in place of the heading",
    ]);
    const fixed = (file: keyof typeof files) =>
      fixedBy(
        files[file],
        mine.filter((p) => p.file === file),
      );
    // A property with no field here stays as the text it was.
    expect(fixed('content/posts/notion.md')).toBe(
      '---\ntitle: "Week 4: voices outside motorsport"\npubDate: 2026-11-30\ntags: [PLN, Sustainability]\n---\n\nStatus: Done\n\nThis week I looked past the paddock.\n',
    );
    expect(fixed('content/posts/obsidian.mdx')).toBe(
      '---\ntitle: Pit stops\ndescription: D.\npubDate: 2026-01-01\n---\n\nText.\n',
    );
    // What is left is the description, the author's words; the heading is gone, with its warning.
    const withDescription = fixed('content/posts/notion.md').replace(
      '---\n\n',
      'description: D.\n---\n\n',
    );
    expect(
      await checkProject(
        {
          'content/posts/notion.md': withDescription,
          'content/posts/obsidian.mdx': fixed('content/posts/obsidian.mdx'),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('leaves a cover without coverAlt to image-alt, at the cover, unless image-alt would not stop the build', async () => {
    const files = {
      'content/posts/a.md': post('Body', 'cover: ./c.png\n'),
      'content/posts/b.md': post('Body', 'cover: ./c.png\ncoverAlt: ""\n'),
      'content/posts/c.png': '',
    };
    const both = async (config?: ReturnType<typeof gateConfig>) => [
      ...(await checkProject(files, RULE, config)),
      ...(await checkProject(files, 'image-alt', config)),
    ];
    // Said once, in the words the build's content sync uses for it.
    expect(await both()).toEqual([
      'content/posts/a.md:5:1 cover has no coverAlt: add coverAlt: "what the cover shows" to the frontmatter, or remove cover',
      'content/posts/b.md:6:1 coverAlt is empty: describe the cover image in coverAlt, or remove cover',
    ]);
    // As a warning, image-alt would let the check pass where content sync stops: said here too.
    expect(
      await checkProject(files, RULE, gateConfig({ rules: { 'image-alt': 'warning' } })),
    ).toEqual([
      'content/posts/a.md:5:1 cover has no coverAlt: add coverAlt: "what the cover shows" to the frontmatter, or remove cover',
      'content/posts/b.md:6:1 coverAlt is empty: describe the cover image in coverAlt, or remove cover',
    ]);
  });
});
