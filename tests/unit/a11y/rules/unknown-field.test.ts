import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { unknownFields } from '../../../../src/lib/content/unknown-fields.ts';
import { unknownFieldProblems } from '../../../../src/lib/content/content-validation.ts';
import { guideFields, postFields } from '../../../../src/schemas/entry.ts';
import { z } from 'astro/zod';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkSources } from '../../../../src/a11y/run/parallel.ts';
import { checkProject, post, project } from '../project.ts';
import { fixedBy, lintSource, only } from '../helpers.ts';
import { applyFixes } from '../../../../src/a11y/core/fixes.ts';

const RULE = 'unknown-field';

describe('unknown-field', () => {
  it('passes every field the collections declare, in entries and data files', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            'Body',
            'updatedDate: 2026-02-01\ntags: [pln]\ndraft: false\nseries: S\nlang: en\nallowWords:\n  - word: host\n    reason: quoted\n',
          ),
          'content/guides/g.mdx': post(
            'Body',
            'network: n\ngoal: G\nevents:\n  - title: Meetup\n    start: 2027-03-12\n    location: Online\n',
          ),
          'content/courses/c.yaml':
            'title: C\nterm: Fall\ndescription: D\nmodules:\n  - id: one\n    title: One\n    summary: S\n',
          'content/networks/n.yaml':
            'title: N\nentries:\n  - name: A forum\n    kind: community\n    perspectives: [fans]\n    status: following\n    platforms:\n      - name: Web\n        url: https://example.org\n',
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('names the field another blog tool’s name stands for, only where the collection has it', async () => {
    const fields =
      'date: 2026-01-01\nlast_modified_at: 2026-02-01\nsummary: S.\nheroImage: ./a.png\ncategories: [pln]\nlayout: post\n';
    expect(
      await checkProject(
        {
          'content/posts/moved.md': post('Body', fields),
          'content/pages/about.md':
            '---\ntitle: About\ndescription: D.\ndate: 2026-01-01\n---\nHi.\n',
        },
        RULE,
      ),
    ).toEqual([
      'content/pages/about.md:4:1 date is not a field pages have, so the build ignores it: correct its name, or remove it',
      'content/posts/moved.md:5:1 date is not a field posts have, so the build ignores it: remove it, as this entry has pubDate already: keep the value you want there (date is its name in Jekyll, Hugo and Eleventy)',
      'content/posts/moved.md:6:1 last_modified_at is not a field posts have, so the build ignores it: rename it updatedDate (last_modified_at is its name in Jekyll)',
      'content/posts/moved.md:7:1 summary is not a field posts have, so the build ignores it: remove it, as this entry has description already: keep the value you want there (summary is its name in Hugo)',
      'content/posts/moved.md:8:1 heroImage is not a field posts have, so the build ignores it: rename it cover (heroImage is its name in Astro\'s blog starter), and add coverAlt: "what the cover shows"',
      'content/posts/moved.md:9:1 categories is not a field posts have, so the build ignores it: rename it tags (categories is its name in Jekyll, Hugo and WordPress)',
      "content/posts/moved.md:10:1 layout is not a field posts have, so the build ignores it: remove it; every entry of a collection has the site's layout for it (Jekyll and Hugo name one per post)",
    ]);
  });

  it('names each field the build would drop, at its key, with the field it most likely means', async () => {
    expect(
      await checkProject(
        {
          // The draft would be published: `darft` is dropped, so `draft` is false.
          'content/posts/typo.md': post('Body', 'darft: true\npubdate: 2026-01-01\n'),
          'content/posts/guide-field.md': post('Body', 'network: f1-voices\n'),
          'content/posts/own.md': post('Body', 'author: Sam\n'),
          'content/guides/g.mdx': post(
            'Body',
            'events:\n  - title: Meetup\n    start: 2027-03-12\n    lcoation: Online\n',
          ),
          'content/pages/about.md': '---\ntitle: About\ndescription: D.\ntags: [me]\n---\nHi.\n',
          'content/courses/c.yaml':
            'title: C\nterm: Fall\ndescription: D\nmodules:\n  - id: one\n    title: One\n    sumary: S\n',
          'content/networks/n.yaml':
            'title: N\nentries:\n  - name: A forum\n    kind: community\n    perspectives: [fans]\n    status: following\n    platfroms: []\n  - name: Sam\n    kind: person\n    perspectives: [fans]\n    status: following\n    platforms:\n      - name: Blog\n        urll: https://sam.example.org\n',
        },
        RULE,
      ),
    ).toEqual([
      'content/courses/c.yaml:7:5 module 1 ("One"): sumary is not a field modules have, so the build ignores it: did you mean summary?',
      'content/guides/g.mdx:8:5 event 1 ("Meetup"): lcoation is not a field events have, so the build ignores it: did you mean location?',
      'content/networks/n.yaml:7:5 entry 1 ("A forum"): platfroms is not a field network entries have, so the build ignores it: did you mean platforms?',
      // In an item of an item, both, as content-schema names them.
      'content/networks/n.yaml:14:9 entry 2 ("Sam"), platform 1 ("Blog"): urll is not a field platforms have, so the build ignores it: did you mean url?',
      'content/pages/about.md:4:1 tags is a field posts have, not pages, so the build ignores it here: remove it, or move the entry to content/posts/',
      'content/posts/guide-field.md:5:1 network is a field guides have, not posts, so the build ignores it here: remove it, or move the entry to content/guides/',
      'content/posts/own.md:5:1 author is not a field posts have, so the build ignores it: remove it; the site has one author, author in src/site.config.ts (Jekyll, Hugo and Astro themes name one per post)',
      'content/posts/typo.md:5:1 darft is not a field posts have, so the build ignores it: did you mean draft?',
      'content/posts/typo.md:6:1 pubdate is not a field posts have, so the build ignores it: did you mean pubDate?',
    ]);
  });

  it("says a network entry's account written as a field of its own goes under platforms, and the item it gives is read", async () => {
    const network = (fields: string) => ({
      'content/networks/n.yaml': `title: N\nentries:\n  - name: A race engineer\n    kind: person\n    perspectives: [engineering]\n    status: following\n${fields}`,
    });
    expect(
      await checkProject(
        network(
          '    twitter: "@hannah"\n    linkedin: linkedin.com/in/hannah-s\n    reddit: r/formula1\n    platforms:\n      - name: Blog\n        url: https://example.org\n',
        ),
        RULE,
      ),
    ).toEqual([
      'content/networks/n.yaml:7:5 entry 1 ("A race engineer"): twitter is not a field network entries have, so the build ignores it: list the account under the entry\'s platforms, as - { name: X, url: https://x.com/hannah }',
      'content/networks/n.yaml:8:5 entry 1 ("A race engineer"): linkedin is not a field network entries have, so the build ignores it: list the account under the entry\'s platforms, as - { name: LinkedIn, url: https://linkedin.com/in/hannah-s }',
      'content/networks/n.yaml:9:5 entry 1 ("A race engineer"): reddit is not a field network entries have, so the build ignores it: list the account under the entry\'s platforms, as - { name: Reddit, url: https://www.reddit.com/r/formula1/ }',
    ]);
    const fixed = network(
      '    platforms:\n      - name: Blog\n        url: https://example.org\n      - { name: X, url: https://x.com/hannah }\n      - { name: LinkedIn, url: https://linkedin.com/in/hannah-s }\n      - { name: Reddit, url: https://www.reddit.com/r/formula1/ }\n',
    );
    for (const rule of [RULE, 'content-schema'])
      expect(await checkProject(fixed, rule), rule).toEqual([]);
  });

  it("renames or removes with --fix a key where that is all the fix, and leaves a typo's guess to the author", async () => {
    const jekyll =
      '---\ntitle: Moved from Jekyll\ndate: 2026-03-02\ncategories: [pln, f1]\nlast_modified_at: 2026-03-05\ndescription: A test.\nlayout: post # the theme\nauthor: Sam\npublished: true\ndarft: true\ntags\u00a0: [extra]\n---\n\nText.\n';
    const root = project({ 'content/posts/moved.md': jekyll });
    const check = async (text: string) => {
      writeFileSync(join(root, 'content/posts/moved.md'), text);
      return (await checkSources([join(root, 'content')], gateConfig(), root)).problems;
    };
    const fix = async (text: string) =>
      applyFixes(
        text,
        (await check(text)).flatMap((p) => (p.fix ? [p.fix] : [])),
      ).text;
    // `categories` and the pasted `tags ` would both be tags, a key written twice: neither is
    // renamed, and the message says what to do.
    const fixed = await fix(jekyll);
    expect(fixed).toBe(
      jekyll
        .replace('date:', 'pubDate:')
        .replace('last_modified_at:', 'updatedDate:')
        .replace('layout: post # the theme\nauthor: Sam\npublished: true\n', ''),
    );
    expect((await check(fixed)).map((p) => `${p.ruleId} ${p.line}${p.fix ? ' fix' : ''}`)).toEqual([
      'unknown-field 4',
      'unknown-field 7',
      'unknown-field 8',
    ]);
    // With the pasted key gone, `categories` is renamed, and only the typo is left.
    const plain = fixed.replace('tags\u00a0: [extra]\n', '');
    const renamed = await fix(plain);
    expect(renamed).toBe(plain.replace('categories:', 'tags:'));
    expect((await check(renamed)).map((p) => `${p.ruleId} ${p.line} ${p.message}`)).toEqual([
      'unknown-field 7 darft is not a field posts have, so the build ignores it: did you mean draft?',
    ]);
  });

  it('names the field of a guide’s event a calendar’s name stands for, renames it with --fix, and the event is read', async () => {
    const guide = [
      '---',
      'title: A study network',
      'description: D.',
      'pubDate: 2026-11-02',
      'events:',
      '  - name: Guest lecture',
      '    date: 2027-03-12',
      '    venue: Room 4',
      '  - title: Meetup',
      '    start_date: 2027-03-20T18:00+01:00',
      '    end_date: 2027-03-20T20:00+01:00',
      '    venue: Library',
      '  - title: Conference',
      '    date: 2027-04-01',
      '    start: 2027-04-01',
      '---',
      '',
      'Text.',
      '',
    ].join('\n');
    const root = project({ 'content/guides/network.md': guide });
    const check = async (text: string) => {
      writeFileSync(join(root, 'content/guides/network.md'), text);
      return (await checkSources([join(root, 'content')], gateConfig(), root)).problems.filter(
        (p) => p.ruleId === RULE || p.ruleId === 'content-schema',
      );
    };
    const said = (problems: Awaited<ReturnType<typeof check>>) =>
      [...problems]
        .sort((a, b) => a.line - b.line)
        .map((p) => `${p.line} ${p.ruleId}${p.fix ? ' (fix)' : ''}: ${p.message}`);
    const before = await check(guide);
    expect(said(before)).toEqual([
      '6 content-schema (fix): events[0].title is required: rename name to title (name is its name in calendars and event listings)',
      '7 content-schema (fix): events[0].start is required: rename date to start (date is its name in calendars and event listings)',
      '8 unknown-field (fix): event 1: venue is not a field events have, so the build ignores it: rename it location (venue is its name in calendars and event listings)',
      '10 content-schema (fix): events[1].start is required: rename start_date to start (start_date is its name in calendars and event listings)',
      '11 unknown-field (fix): event 2 ("Meetup"): end_date is not a field events have, so the build ignores it: rename it end (end_date is its name in calendars and event listings)',
      '12 unknown-field (fix): event 2 ("Meetup"): venue is not a field events have, so the build ignores it: rename it location (venue is its name in calendars and event listings)',
      '14 unknown-field: event 3 ("Conference"): date is not a field events have, so the build ignores it, and the event has its start already (date is its name in calendars and event listings): remove it',
    ]);
    const fixed = fixedBy(guide, before);
    expect(fixed).toBe(
      guide
        .replace('  - name:', '  - title:')
        .replace('    date: 2027-03-12', '    start: 2027-03-12')
        .replaceAll('    venue:', '    location:')
        .replace('start_date:', 'start:')
        .replace('end_date:', 'end:'),
    );
    expect(said(await check(fixed))).toEqual([said(before).at(-1)]);
    expect(await check(fixed.replace('    date: 2027-04-01\n', ''))).toEqual([]);
  });

  it('names a field whose name has a pasted space in it, and the name written plainly is read', async () => {
    const file = (key: string) => post('Body', `${key}: [pln, f1]\n`);
    expect(
      await checkProject(
        {
          'content/posts/a.md': file('tags\u00a0'),
          'content/posts/b.md': file('\ufefftags'),
        },
        RULE,
      ),
    ).toEqual([
      'content/posts/a.md:5:1 tags is written with a no-break space (U+00A0) in its name, so the build reads another name and ignores it: write the name as tags',
      'content/posts/b.md:5:1 tags is written with a byte order mark (U+FEFF) in its name, so the build reads another name and ignores it: write the name as tags',
    ]);
    expect(await checkProject({ 'content/posts/a.md': file('tags') }, RULE)).toEqual([]);
  });

  it('leaves a field of its own that an MDX file reads (its frontmatter keeps every field)', async () => {
    expect(
      await checkProject(
        {
          'content/posts/read.mdx': post(
            '<img src="/pit.png" alt={frontmatter.photoAlt} />\n\nMood: {frontmatter["mood"]}',
            'photoAlt: The pit wall at dusk\nmood: hopeful\nphotoCredit: Sam\n',
          ),
          // In a .md file `{frontmatter.mood}` is text, and the field is dropped.
          'content/posts/plain.md': post('{frontmatter.mood}', 'mood: hopeful\n'),
        },
        RULE,
      ),
    ).toEqual([
      'content/posts/plain.md:5:1 mood is not a field posts have, so the build ignores it: correct its name, or remove it',
      'content/posts/read.mdx:7:1 photoCredit is not a field posts have, so the build ignores it: correct its name, or remove it',
    ]);
  });

  it('applies each suggested fix: the renamed field is read, and nothing is reported', async () => {
    const fixed = await checkProject(
      {
        'content/posts/typo.md': post('Body', 'draft: true\n'),
        'content/guides/g.mdx': post(
          'Body',
          'events:\n  - title: Meetup\n    start: 2027-03-12\n    location: Online\n',
        ),
      },
      RULE,
    );
    expect(fixed).toEqual([]);
    // And the build reads the renamed field: the draft is a draft.
    expect(
      postFields.parse({ title: 'T', description: 'D', pubDate: '2026-01-01', draft: true }).draft,
    ).toBe(true);
  });

  it("says how a moved post's fields are written here, and each fix, applied as said, leaves nothing to report", async () => {
    // A post from Jekyll by way of Astro's blog starter: its cover in public/, its date, summary,
    // address and categories under their names there.
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const everything = async (files: Record<string, string>, image: string) => {
      const root = project(files);
      mkdirSync(join(root, dirname(image)), { recursive: true });
      writeFileSync(join(root, image), png);
      const { problems } = await checkSources([join(root, 'content')], gateConfig(), root);
      return problems.map((p) => `${p.line}:${p.column} ${p.message}  ${p.ruleId}`);
    };
    const moved =
      '---\ntitle: Week one\nsummary: What I set out to learn.\ndate: 2022-07-01 10:00:00 +0000\nheroImage: /week-one.jpg\npermalink: /2022/07/01/week-one.html\ncategories: reflection pln\n---\n\nText.\n';
    expect(await everything({ 'content/posts/moved.md': moved }, 'public/week-one.jpg')).toEqual([
      // The two the build stops on, at the key that holds them, and not again as warnings.
      '3:1 description is required: rename summary to description (summary is its name in Hugo)  content-schema',
      '4:1 pubDate is required: rename date to pubDate (date is its name in Jekyll, Hugo and Eleventy)  content-schema',
      '5:1 heroImage is not a field posts have, so the build ignores it: rename it cover (heroImage is its name in Astro\'s blog starter), put the image beside this file and write cover: ./week-one.jpg, and add coverAlt: "what the cover shows"  unknown-field',
      '6:1 permalink is not a field posts have, so the build ignores it: rename it slug: week-one (permalink is its name in Jekyll and Eleventy)  unknown-field',
      '7:1 categories is not a field posts have, so the build ignores it: rename it tags, as a list: tags: [reflection, pln] (categories is its name in Jekyll, Hugo and WordPress)  unknown-field',
    ]);
    const fixed =
      '---\ntitle: Week one\ndescription: What I set out to learn.\npubDate: 2022-07-01 10:00:00 +0000\ncover: ./week-one.jpg\ncoverAlt: "A notebook open at a list of questions"\nslug: week-one\ntags: [reflection, pln]\n---\n\nText.\n';
    expect(
      await everything({ 'content/posts/moved.md': fixed }, 'content/posts/week-one.jpg'),
    ).toEqual([]);
    // And the build reads them: the schema takes the fixed fields as they are.
    expect(
      postFields.parse({
        title: 'T',
        description: 'D',
        pubDate: '2022-07-01 10:00:00 +0000',
        cover: './week-one.jpg',
        coverAlt: 'A notebook',
        slug: 'week-one',
        tags: ['reflection', 'pln'],
      }),
    ).toMatchObject({ slug: 'week-one', tags: ['reflection', 'pln'] });
  });

  it('says in one message when a renamed date is also written another way, and the fix holds', async () => {
    // Astro Cactus writes publishDate: "04 July 2023"; renamed alone, the build would stop again.
    const everything = async (text: string) => {
      const root = project({ 'content/posts/moved.md': text });
      const { problems } = await checkSources([join(root, 'content')], gateConfig(), root);
      return problems.map((p) => `${p.line}:${p.column} ${p.message}  ${p.ruleId}`);
    };
    const cactus = (date: string) =>
      `---\ntitle: Week one\ndescription: D.\npublishDate: ${date}\n---\n\nText.\n`;
    expect(await everything(cactus('"04 July 2023"'))).toEqual([
      '4:1 pubDate is required: rename publishDate to pubDate (publishDate is its name in Hugo); and its value "04 July 2023" is not an ISO 8601 date: write 2023-07-04  content-schema',
    ]);
    expect(await everything(cactus('2023/07/04'))).toEqual([
      '4:1 pubDate is required: rename publishDate to pubDate (publishDate is its name in Hugo); and its value "2023/07/04" is not an ISO 8601 date: write 2023-07-04  content-schema',
    ]);
    // Day and month either way round: no guess.
    expect(await everything(cactus('04/07/2023'))).toEqual([
      '4:1 pubDate is required: rename publishDate to pubDate (publishDate is its name in Hugo); and its value "04/07/2023" is not an ISO 8601 date: write it as YYYY-MM-DD, e.g. 2026-10-12, or with a time and its UTC offset, e.g. 2026-10-12T16:00+01:00  content-schema',
    ]);
    // An ISO date under the other name needs only the rename.
    expect(await everything(cactus('2023-07-04'))).toEqual([
      '4:1 pubDate is required: rename publishDate to pubDate (publishDate is its name in Hugo)  content-schema',
    ]);
    expect(await everything(cactus('2023-07-04').replace('publishDate', 'pubDate'))).toEqual([]);
  });

  it('gives a fix that parses where the entry already has the field, or the value is empty or a set of fields', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const everything = async (text: string) => {
      const root = project({ 'content/posts/moved.md': text });
      writeFileSync(join(root, 'content/posts/c.png'), png);
      const { problems } = await checkSources([join(root, 'content')], gateConfig(), root);
      return problems.map((p) => `${p.line}:${p.column} ${p.message}  ${p.ruleId}`);
    };
    const head = '---\ntitle: Week one\ndescription: D.\npubDate: 2024-05-01\n';
    // Fuwari: tags and a category; an empty image. Astro Cactus: coverImage { src, alt }.
    const fuwari = `${head}tags: [Markdown, Demo]\ncategory: Examples\nimage: ''\n---\n\nText.\n`;
    const cactus = `${head}coverImage:\n  src: "./c.png"\n  alt: "A red car in the pit lane"\n---\n\nText.\n`;
    // Hugo PaperMod: the cover itself as a set of fields.
    const papermod = `${head}cover:\n  image: ./c.png\n  alt: "A red car in the pit lane"\n  caption: Monza\n---\n\nText.\n`;
    // Both names for one field.
    const twice = `${head}date: 2024-05-02\ncategories: [demo]\ntags: [Demo]\n---\n\nText.\n`;
    expect(await everything(fuwari)).toEqual([
      '6:1 category is not a field posts have, so the build ignores it: move it into the tags this entry has: tags: [Markdown, Demo, Examples] (category is its name in Jekyll and Hugo themes)  unknown-field',
      '7:1 image is not a field posts have, so the build ignores it: remove it: it is empty (image is its name in Jekyll themes and Hugo)  unknown-field',
    ]);
    expect(await everything(cactus)).toEqual([
      '5:1 coverImage is not a field posts have, so the build ignores it: write it as cover: ./c.png and coverAlt: "A red car in the pit lane" (coverImage is its name in dev.to and Hugo themes)  unknown-field',
    ]);
    expect(await everything(papermod)).toEqual([
      '5:1 cover must be text, the image\'s file, not a set of fields: write cover: ./c.png and coverAlt: "A red car in the pit lane"  content-schema',
    ]);
    expect(await everything(twice)).toEqual([
      '5:1 date is not a field posts have, so the build ignores it: remove it, as this entry has pubDate already: keep the value you want there (date is its name in Jekyll, Hugo and Eleventy)  unknown-field',
      '6:1 categories is not a field posts have, so the build ignores it: remove it: the tags this entry has hold it already (categories is its name in Jekyll, Hugo and WordPress)  unknown-field',
    ]);
    // Each fix, applied as said.
    const covered = `${head}cover: ./c.png\ncoverAlt: "A red car in the pit lane"\n---\n\nText.\n`;
    expect(await everything(`${head}tags: [Markdown, Demo, Examples]\n---\n\nText.\n`)).toEqual([]);
    expect(await everything(covered)).toEqual([]);
    expect(await everything(`${head}tags: [Demo]\n---\n\nText.\n`)).toEqual([]);
  });

  it('reads AstroPaper’s and Jekyll’s fields by their meaning, and leaves a required one to content-schema', async () => {
    const astroPaper =
      '---\ntitle: T\ndescription: D.\nauthor: Sam\npubDatetime: 2025-06-07T10:00:00Z\nmodDatetime: 2025-06-08T10:00:00Z\nfeatured: true\ncategory: life\n---\n\nText.\n';
    const jekyll = post('Text.', 'published: false\n');
    const fuwari = '---\ntitle: T\ndescription: D.\npublished: 2024-10-26\n---\n\nText.\n';
    const cased = '---\nTitle: Week one\ndescription: D.\npubDate: 2026-01-01\n---\n\nText.\n';
    const files = {
      'content/posts/paper.md': astroPaper,
      'content/posts/jekyll.md': jekyll,
      'content/posts/fuwari.md': fuwari,
      'content/posts/cased.md': cased,
    };
    expect(await checkProject(files, RULE)).toEqual([
      "content/posts/jekyll.md:5:1 published is not a field posts have, so the build ignores it: write draft: true instead (published: false is Jekyll's draft)",
      'content/posts/paper.md:4:1 author is not a field posts have, so the build ignores it: remove it; the site has one author, author in src/site.config.ts (Jekyll, Hugo and Astro themes name one per post)',
      'content/posts/paper.md:6:1 modDatetime is not a field posts have, so the build ignores it: rename it updatedDate (modDatetime is its name in AstroPaper)',
      'content/posts/paper.md:7:1 featured is a field guides have, not posts, so the build ignores it here: remove it, or move the entry to content/guides/',
      'content/posts/paper.md:8:1 category is not a field posts have, so the build ignores it: rename it tags, as a list: tags: [life] (category is its name in Jekyll and Hugo themes)',
    ]);
    // The date, and a title spelt Title, are required: said once, as the errors they are.
    expect(await checkProject(files, 'content-schema')).toEqual([
      'content/posts/cased.md:2:1 title is required: rename Title to title (field names are case-sensitive)',
      'content/posts/fuwari.md:4:1 pubDate is required: rename published to pubDate (published is its name in Fuwari and other Astro themes)',
      'content/posts/paper.md:5:1 pubDate is required: rename pubDatetime to pubDate (pubDatetime is its name in AstroPaper)',
    ]);
  });

  it('says when a post is written as .markdown, which the build leaves out, and the rename', async () => {
    const jekyll = post('Text.');
    expect(
      await checkProject(
        {
          'content/posts/2026-11-03-week-one.markdown': jekyll,
          // Only entries: a page's notes elsewhere in content/ are no concern of the site's.
          'content/notes/ideas.markdown': jekyll,
        },
        RULE,
      ),
    ).toEqual([
      'content/posts/2026-11-03-week-one.markdown:1:1 .markdown is not an extension the site reads (it takes .md and .mdx), so the build leaves this entry out: rename it 2026-11-03-week-one.md',
    ]);
    expect(await checkProject({ 'content/posts/2026-11-03-week-one.md': jekyll }, RULE)).toEqual(
      [],
    );
  });

  it('says when a post’s extension is in capitals (.MD, .Mdx), which the build leaves out too, and the rename', async () => {
    const text = post('Text.');
    expect(
      await checkProject(
        {
          'content/posts/week-one.MD': text,
          'content/posts/week-two.Mdx': text,
          'content/guides/plan.mD': text,
          // Linked as if published: the sources must not count it among the site's pages.
          'content/posts/week-three.md': post('[week one](/posts/week-one/)'),
        },
        RULE,
      ),
    ).toEqual([
      'content/guides/plan.mD:1:1 .mD is not an extension the site reads (it takes .md and .mdx), so the build leaves this entry out: rename it plan.md',
      'content/posts/week-one.MD:1:1 .MD is not an extension the site reads (it takes .md and .mdx), so the build leaves this entry out: rename it week-one.md',
      'content/posts/week-two.Mdx:1:1 .Mdx is not an extension the site reads (it takes .md and .mdx), so the build leaves this entry out: rename it week-two.mdx',
    ]);
    expect(
      await checkProject(
        {
          'content/posts/week-one.MD': text,
          'content/posts/week-three.md': post('[week one](/posts/week-one/)'),
        },
        'link-target',
      ),
    ).toEqual([
      'content/posts/week-three.md:7:1 Link /posts/week-one/ points nowhere: the build has no page /posts/week-one/. Fix the link, or create the page',
    ]);
  });

  it('says when a course or network file is where the collections do not load it, and leaves a hidden one alone', async () => {
    const course = 'title: PLN\ndescription: A course.\nmodules:\n  - id: one\n    title: One\n';
    const files = {
      'content/courses/2025/pln-2025.yaml': course,
      'content/courses/PLN.YAML': course,
      'content/courses/.draft.yaml': course,
      'content/courses/kept.yml': course,
      'content/networks/archive/old.yaml': 'members: []\n',
      'content/posts/a.md':
        '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\ncourse: pln-2025\n---\n\nText.\n',
    };
    expect(await checkProject(files, RULE)).toEqual([
      'content/courses/2025/pln-2025.yaml:1:1 The site reads the course files directly in content/courses/, not in folders of their own, so the build leaves this course out: move it to content/courses/pln-2025.yaml',
      'content/courses/PLN.YAML:1:1 .YAML is not an extension the site reads (it takes .yaml and .yml), so the build leaves this course out: rename it PLN.yaml',
      'content/networks/archive/old.yaml:1:1 The site reads the network files directly in content/networks/, not in folders of their own, so the build leaves this network out: move it to content/networks/old.yaml',
    ]);
    // The course in a folder is no course of the site: an entry naming it is told so.
    expect(await checkProject(files, 'content-reference')).toEqual([
      expect.stringMatching(/^content\/posts\/a\.md:5:1 course "pln-2025" does not exist/),
    ]);
  });

  it('leaves Astro’s own attributes of a component alone: the slot it fills, its directives', async () => {
    const body =
      '<Callout type="note">\n<Steps slot="preview" server:defer>\n\n1. One\n\n</Steps>\n</Callout>';
    expect(await checkProject({ 'content/posts/a.mdx': post(body) }, RULE)).toEqual([]);
  });

  it('names the slug a permalink stands for, and no slug for a pattern', () => {
    const said = (permalink: string) =>
      unknownFieldProblems(
        'posts',
        `---\ntitle: T\ndescription: D\npubDate: 2026-01-01\npermalink: ${permalink}\n---\n`,
      )[0]?.message;
    expect(said('/notes/Week-Two/')).toContain('rename it slug: week-two ');
    expect(said('/2022/07/week-three/index.html')).toContain('rename it slug: week-three ');
    expect(said('/:year/:month/:title/')).toContain(
      "remove it: an entry's address comes from its file name, or from slug: when set",
    );
  });

  it('is a warning that a site keeping its own fields turns off', async () => {
    const files = {
      'content/posts/own.md': post('Body', 'author: Sam\n'),
      'content/courses/c.yaml':
        'title: C\nterm: Fall\ndescription: D\nmodules:\n  - id: one\n    title: One\n    owner: Sam\n',
    };
    expect(
      await checkProject(files, RULE, gateConfig({ rules: { 'unknown-field': 'off' } })),
    ).toEqual([]);
    expect(
      await checkProject(files, RULE, gateConfig({ rules: { 'unknown-field': 'error' } })),
    ).toHaveLength(2);
  });

  it('reads keys as Astro does: a merge (<<) brings declared fields, and is no field itself', () => {
    const text = '---\nbase: &b\n  title: T\n  description: D.\n<<: *b\npubDate: 2026-01-01\n---\n';
    expect(unknownFieldProblems('posts', text).map((p) => `${p.line} ${p.message}`)).toEqual([
      '2 base is not a field posts have, so the build ignores it: correct its name, or remove it',
    ]);
  });

  it('leaves broken YAML to parse-error and files with no frontmatter alone', () => {
    expect(unknownFieldProblems('posts', '---\ntitle: [unclosed\n---\n')).toEqual([]);
    expect(unknownFieldProblems('posts', 'No frontmatter.\n')).toEqual([]);
  });
});

describe('unknown-field: props of the MDX components', () => {
  const props = async (body: string, ext: '.md' | '.mdx' = '.mdx') =>
    only(await lintSource(body, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);

  it('names a prop the component does not take, with the one most likely meant', async () => {
    expect(
      await props(
        '<Figure src="/a.png" alt="Laps" captoin="Stint two" class="wide" />\n\n<YouTube id="xYz12345678" titel="Review" title="Review" />',
      ),
    ).toEqual([
      '1:1 captoin is not a prop of <Figure>, so the page ignores it: did you mean caption?',
      '1:1 class is not a prop of <Figure>, so the page ignores it: remove it (<Figure> takes src, alt, caption, width, height)',
      '3:1 titel is not a prop of <YouTube>, so the page ignores it: did you mean title?',
    ]);
  });

  it('passes the props each component declares, written as strings or expressions, and the fix', async () => {
    expect(
      await props(
        '<Figure src={img} alt="Laps" caption="Stint two" width={800} height={600} />\n\n<Video src="/a.webm" transcript="./a.transcript.md" captions="./a.vtt" title="T" poster="/p.png" caption="C" lang="fr" />',
      ),
    ).toEqual([]);
  });

  it('names a prop written in another case, which the component never gets, and the fix holds', async () => {
    // JSX passes props with their case: <Figure ALT="…"> renders an image with no alt.
    const lint = (text: string) => lintSource(text, '.mdx');
    const miscased = await lint('<Figure src="/a.png" ALT="Laps" Caption="Stint two" />\n');
    expect(only(miscased, RULE).map((p) => p.message)).toEqual([
      "ALT is not a prop of <Figure>, so the page ignores it: write alt (a component's props are matched with their case)",
      "Caption is not a prop of <Figure>, so the page ignores it: write caption (a component's props are matched with their case)",
    ]);
    // What the component gets has no alt, as the build finds when it renders.
    expect(only(miscased, 'image-alt').map((p) => p.message)).toEqual([
      '<Figure> has no alt text: its ALT= is not alt=, as a component\'s props are matched with their case: write alt="…"',
    ]);
    const fixed = await lint('<Figure src="/a.png" alt="Laps" caption="Stint two" />\n');
    expect(only(fixed, RULE)).toEqual([]);
    expect(only(fixed, 'image-alt')).toEqual([]);
    // A component whose props the site does not declare keeps any case: its own are not known.
    expect(
      only(
        await lint('import Pic from \'./Pic.astro\';\n\n<Pic src="/a.png" imageAlt="Laps" />\n'),
        'image-alt',
      ),
    ).toEqual([]);
  });

  it('leaves HTML alone, and components the site does not provide', async () => {
    // In Markdown, <Figure> is HTML published as written; an imported component has its own props.
    expect(await props('<Figure captoin="x"></Figure>\n', '.md')).toEqual([]);
    expect(await props('import Chart from \'./Chart.astro\';\n\n<Chart anything="x" />\n')).toEqual(
      [],
    );
  });

  it('knows the props of every component the site provides', async () => {
    expect(
      await props(
        '<Callout kind="tip" title="Try this">Hi</Callout>\n\n<Callout tpye="tip">Hi</Callout>\n\n<Steps label="Habits" id="h">\n\n1. One\n\n</Steps>\n\n<Transcript title="Words" open lang="fr">Oui</Transcript>\n',
      ),
    ).toEqual([
      '1:1 kind is not a prop of <Callout>, so the page ignores it: remove it (<Callout> takes type, title, lang)',
      '3:1 tpye is not a prop of <Callout>, so the page ignores it: did you mean type?',
    ]);
  });
});

describe('unknownFields', () => {
  it('walks objects, lists and the wrappers around them, and not into values that are not objects', () => {
    expect(
      unknownFields(guideFields, {
        title: 'T',
        pubDate: new Date(0),
        allowWords: ['host', { word: 'host', reason: 'r', resaon: 'r' }],
        events: [{ title: 'E', start: '2027-01-01', url: 'https://x.org', colour: 'red' }],
        tags: [{ not: 'a tag' }],
      }),
    ).toEqual([
      { path: ['allowWords', 1, 'resaon'], suggestion: 'reason' },
      { path: ['events', 0, 'colour'] },
    ]);
  });

  it('never reports an object that takes any key', () => {
    const open = z.object({ name: z.string() }).catchall(z.unknown());
    const loose = z.looseObject({ name: z.string() });
    expect(unknownFields(open, { name: 'a', other: 1 })).toEqual([]);
    expect(unknownFields(loose, { name: 'a', other: 1 })).toEqual([]);
    expect(unknownFields(z.object({ name: z.string() }), { name: 'a', other: 1 })).toEqual([
      { path: ['other'] },
    ]);
  });
});
