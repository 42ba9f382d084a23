import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { camelCaseHashtag } from '../../../../src/a11y/writing/hashtags.ts';
import { slugify } from '../../../../src/lib/content/slug.ts';
import { checkProject, post } from '../project.ts';

const RULE = 'hashtags';

describe('camelCaseHashtag: words run together, told from one word', () => {
  it('gives a capital to each word of hashtags campaigns write', () => {
    const split = Object.fromEntries(
      [
        'greenracing',
        'netzero',
        'racetozero',
        'blacklivesmatter',
        'fridaysforfuture',
        'womeninstem',
        'learninginpublic',
        'personallearningnetwork',
        'lewishamilton',
        'throwbackthursday',
        'Greenracing',
        '100daysofcode',
        'f1greenracing',
      ].map((tag) => [tag, camelCaseHashtag(tag)]),
    );
    expect(split).toEqual({
      greenracing: 'GreenRacing',
      netzero: 'NetZero',
      racetozero: 'RaceToZero',
      blacklivesmatter: 'BlackLivesMatter',
      fridaysforfuture: 'FridaysForFuture',
      womeninstem: 'WomenInStem',
      learninginpublic: 'LearningInPublic',
      personallearningnetwork: 'PersonalLearningNetwork',
      lewishamilton: 'LewisHamilton',
      throwbackthursday: 'ThrowbackThursday',
      Greenracing: 'GreenRacing',
      '100daysofcode': '100DaysOfCode',
      f1greenracing: 'F1GreenRacing',
    });
  });

  it('leaves alone one word, a name, a brand, an abbreviation, a colour and camel case', () => {
    const left = [
      // Words, long ones and ones made of two (a word-list knows them)
      'sustainability',
      'accessibility',
      'greenwashing',
      'upskilling',
      'podcast',
      'hashtag',
      'motorsport',
      // Names and brands, which split into syllables only
      'hamilton',
      'verstappen',
      'piastri',
      'tsunoda',
      'hulkenberg',
      'albon',
      'instagram',
      'tiktok',
      'selfie',
      'edtech',
      'openai',
      'kowalczyk',
      'schumacher',
      // Abbreviations and short runs
      'tbt',
      'ootd',
      'pln',
      'f1',
      'a11y',
      // Colours, capitals inside, and what is not letters a to z
      'deadbeef',
      'RaceToZero',
      'NASA',
      'green_racing',
      'développementdurable',
    ].filter((tag) => camelCaseHashtag(tag) !== undefined);
    expect(left).toEqual([]);
  });
});

describe('hashtags', () => {
  it('reports a hashtag of words run together wherever a reader reads it', async () => {
    const body = [
      'Follow #greenracing this week.',
      '## Why #netzero matters',
      '- Share it with #racetozero',
      'See [#fridaysforfuture](https://example.org/tags/fridaysforfuture).',
      '<p>Raw HTML with #womeninstem</p>',
      '<Callout>Inside a component, #learninginpublic.</Callout>',
      '![A banner that says #blacklivesmatter](./banner.png)',
    ].join('\n\n');
    const problems = await checkProject(
      {
        'content/posts/a.mdx': post(body).replace(
          'description: D.',
          'description: "Our #throwbackthursday post."',
        ),
        'content/posts/banner.png': '',
      },
      RULE,
    );
    expect(problems.map((p) => p.replace(/ .*?`(#\w+)`.*?`(#\w+)`.*/, ' $1 → $2'))).toEqual([
      'content/posts/a.mdx:3:19 #throwbackthursday → #ThrowbackThursday',
      'content/posts/a.mdx:7:8 #greenracing → #GreenRacing',
      'content/posts/a.mdx:9:8 #netzero → #NetZero',
      'content/posts/a.mdx:11:17 #racetozero → #RaceToZero',
      'content/posts/a.mdx:13:6 #fridaysforfuture → #FridaysForFuture',
      'content/posts/a.mdx:15:18 #womeninstem → #WomenInStem',
      'content/posts/a.mdx:17:30 #learninginpublic → #LearningInPublic',
      'content/posts/a.mdx:19:22 #blacklivesmatter → #BlackLivesMatter',
    ]);
  });

  it('says what to write, and where a reader would not hear a hashtag, says nothing', async () => {
    const body = [
      'The plan: #greenracing.',
      // Code, an address, a `#` against a letter, a fragment link's target, a word in quotes
      'Run `#greenracing` in code, see https://x.com/#greenracing, play C#greenracing.',
      '```\n#greenracing\n```',
      '[the plan](#greenracing)',
      // Written with capitals already, or one word
      '#GreenRacing #RaceToZero #sustainability #F1',
      // Another language, marked
      '<span lang="fr">#developpementdurable et #courseverte</span>',
    ].join('\n\n');
    expect(await checkProject({ 'content/posts/a.md': post(body) }, RULE)).toEqual([
      'content/posts/a.md:7:11 `#greenracing` runs words together, so a screen reader reads it as one made-up word: write `#GreenRacing`, a capital for each word, or, if it is one word or a name, list `greenracing` in allowWords',
    ]);
  });

  it('reports a tag the page shows as a hashtag of words run together, whose fix keeps its address', async () => {
    const tags = 'tags: [pln, greenracing, "socialmedia", formula-1, RaceToZero, sustainability]\n';
    const problems = await checkProject({ 'content/posts/a.md': post('Text.', tags) }, RULE);
    expect(problems).toEqual([
      'content/posts/a.md:5:13 The tag `greenracing` shows on the page as #greenracing, which a screen reader reads as one made-up word: write `GreenRacing`, a capital for each word (the page of the tag keeps its address), or, if it is one word or a name, list `greenracing` in allowWords',
      'content/posts/a.md:5:27 The tag `socialmedia` shows on the page as #socialmedia, which a screen reader reads as one made-up word: write `SocialMedia`, a capital for each word (the page of the tag keeps its address), or, if it is one word or a name, list `socialmedia` in allowWords',
    ]);
    const fixed = tags.replace('greenracing', 'GreenRacing').replace('socialmedia', 'SocialMedia');
    expect(await checkProject({ 'content/posts/a.md': post('Text.', fixed) }, RULE)).toEqual([]);
    // The tag's page is where it was: its address is the tag in lower case.
    expect([slugify('GreenRacing'), slugify('SocialMedia')]).toEqual([
      'greenracing',
      'socialmedia',
    ]);
  });

  it('reports a tag written as a hashtag as the page shows it, one #, and its fix passes', async () => {
    const tags = 'tags: ["#greenracing", "#f1"]\n';
    expect(await checkProject({ 'content/posts/a.md': post('Text.', tags) }, RULE)).toEqual([
      'content/posts/a.md:5:9 The tag `#greenracing` shows on the page as #greenracing, which a screen reader reads as one made-up word: write `GreenRacing`, a capital for each word (the page of the tag keeps its address), or, if it is one word or a name, list `greenracing` in allowWords',
    ]);
    const fixed = tags.replace('#greenracing', 'GreenRacing');
    expect(await checkProject({ 'content/posts/a.md': post('Text.', fixed) }, RULE)).toEqual([]);
  });

  it('leaves a post in another language alone', async () => {
    const body = 'Nous suivons #courseverte et #zeronet cette semaine, avec toute la classe.';
    expect(await checkProject({ 'content/posts/a.md': post(body, 'lang: fr\n') }, RULE)).toEqual(
      [],
    );
  });

  it('passes once the fix it gives is written, or the word is allowed', async () => {
    const before = 'Follow #greenracing and #Netzero.';
    const [first, second] = await checkProject({ 'content/posts/a.md': post(before) }, RULE);
    const fixes = [first, second].map((message) => /write `(#\w+)`/.exec(message!)![1]);
    expect(fixes).toEqual(['#GreenRacing', '#NetZero']);
    const after = 'Follow #GreenRacing and #NetZero.';
    expect(await checkProject({ 'content/posts/a.md': post(after) }, RULE)).toEqual([]);

    // allowWords as the message names the word: without its `#` (in YAML, `- #x` is a comment)
    const allowed = post(
      before,
      'allowWords:\n  - greenracing\n  - word: netzero\n    reason: x\n',
    );
    expect(await checkProject({ 'content/posts/a.md': allowed }, RULE)).toEqual([]);
    // and site-wide, with or without the `#`
    const site = gateConfig({}, { allow: ['#greenracing', 'NetZero'] });
    expect(await checkProject({ 'content/posts/a.md': post(before) }, RULE, site)).toEqual([]);
  });
});

describe('hashtags in frontmatter, which YAML reads as comments', () => {
  const entry = (yaml: string, body = 'Follow along.') => `---\n${yaml}---\n\n${body}\n`;
  const fields = 'description: D.\npubDate: 2026-01-01\n';
  /** The post's problems, with `files` beside it (an image its cover names). */
  const gate = async (text: string, files: Record<string, string> = {}) =>
    (
      await Promise.all(
        ['hashtags', 'content-schema', 'parse-error'].map((rule) =>
          checkProject({ 'content/posts/a.md': text, ...files }, rule),
        ),
      )
    ).flat();

  it('reports a value cut short, with the line to write, which then passes whole', async () => {
    const cut = entry(`title: Week 5 #GreenRacing\n${fields}`);
    const problems = await gate(cut);
    expect(problems).toEqual([
      'content/posts/a.md:2:15 `#GreenRacing` is a YAML comment (a # after a space starts one), so title reads `Week 5`: put the value in quotes, title: "Week 5 #GreenRacing"',
    ]);
    const fix = /put the value in quotes, (.*)$/.exec(problems[0]!)![1]!;
    const fixed = cut.replace('title: Week 5 #GreenRacing', fix);
    expect(await gate(fixed)).toEqual([]);
    expect(fixed).toContain('title: "Week 5 #GreenRacing"');
  });

  it('says why a value left empty is missing, where "add title" would make a second title', async () => {
    const emptied = entry(`title: #GreenRacing week\n${fields}tags:\n  - pln\n  - #f1\n`);
    const problems = await gate(emptied);
    expect(problems).toEqual([
      'content/posts/a.md:2:1 `#GreenRacing week` is a YAML comment (a # after a space starts one), so title is empty: put the value in quotes, title: "#GreenRacing week"',
      'content/posts/a.md:7:1 `#f1` is a YAML comment (a # after a space starts one), so tags[1] is empty: put the value in quotes, - "#f1"',
    ]);
    const fixed = emptied
      .replace('title: #GreenRacing week', 'title: "#GreenRacing week"')
      .replace('  - #f1', '  - "#f1"');
    expect(await gate(fixed)).toEqual([]);
  });

  it('gives quotes as the fix only where the value in quotes passes, else what the field takes', async () => {
    // A cover is an image's file and a language a tag: in quotes, `#hero` and `#en` are neither.
    const emptied = entry(
      `title: Week 5\n${fields}cover: #hero\ncoverAlt: The pit wall\nlang: #en\n`,
    );
    const problems = await gate(emptied);
    expect(problems).toEqual([
      'content/posts/a.md:5:1 `#hero` is a YAML comment (a # after a space starts one), so cover is empty; and in quotes, cover: "#hero" fails too: cover: the image #hero is not there: the path is relative to this file; fix it, or add the image',
      'content/posts/a.md:7:1 `#en` is a YAML comment (a # after a space starts one), so lang is empty; and in quotes, lang: "#en" fails too: lang: "#en" is not a language tag: use a BCP 47 language tag such as en, ar, he, fa or pt-BR',
    ]);
    // The fixes the messages give: the image's path, and a language tag.
    const fixed = emptied
      .replace('cover: #hero', 'cover: ./hero.png')
      .replace('lang: #en', 'lang: en');
    expect(await gate(fixed, { 'content/posts/hero.png': '' })).toEqual([]);
  });

  it('says why a list on one line is no YAML, and its fix reads', async () => {
    const flow = entry(`title: Week 5\n${fields}tags: [pln, #f1, #GreenRacing]\n`);
    const problems = await gate(flow);
    expect(problems).toEqual([
      'content/posts/a.md:5:13 Frontmatter is not valid YAML: `#f1` starts a YAML comment (a # after a space starts one), which cuts tags off before its closing bracket: put each hashtag in quotes, tags: [pln, "#f1", "#GreenRacing"]',
    ]);
    const fix = /put each hashtag in quotes, (.*)$/.exec(problems[0]!)![1]!;
    expect(await gate(flow.replace('tags: [pln, #f1, #GreenRacing]', fix))).toEqual([]);
  });

  it('says a value over lines stops at the hashtag, in a line or at its start', async () => {
    const folded = (value: string) => entry(`title: Week 5\n${fields.replace('D.', value)}`);
    const inLine = 'A week of\n  daily #GreenRacing posts.';
    const atStart = 'A week of\n  daily posts and\n  #GreenRacing notes.';
    const said = (where: string, comment: string) =>
      `content/posts/a.md:${where} \`${comment}\` is a YAML comment (a # after a space starts one), so the value it is in stops before it: put the whole value in quotes`;
    expect(await gate(folded(inLine))).toEqual([said('4:9', '#GreenRacing posts.')]);
    expect(await gate(folded(atStart))).toEqual([said('5:3', '#GreenRacing notes.')]);
    // The whole value in quotes.
    expect(await gate(folded(`"${inLine}"`))).toEqual([]);
    expect(await gate(folded(`"${atStart}"`))).toEqual([]);
  });

  it('leaves comments meant as comments alone', async () => {
    const yaml = [
      'title: Week 5 # the title',
      '# title: an older title',
      '#draft: true',
      'description: D. # shown in feeds',
      'pubDate: 2026-01-01 #dated',
      'draft: false #notyet',
      'cover: ./cover.png #hero',
      'coverAlt: "A pit wall #sustainability"',
      'tags: [pln, "#f1"] # two',
      'series:',
      '  - one',
      '  #- two, left out for now',
      'model: gibbs',
      '#fluentReader: Sam',
      '  #indented, under a key that holds no text',
      'goal: |',
      '  Keep #GreenRacing in the block, #everywhere.',
      '',
    ].join('\n');
    expect(
      await checkProject(
        { 'content/posts/a.md': entry(yaml), 'content/posts/cover.png': '' },
        'hashtags',
      ),
    ).toEqual([]);
  });
});

describe('hashtags in course and network files', () => {
  const course = (title: string) =>
    `title: ${title}\nterm: Fall\ndescription: D\nmodules:\n  - id: one\n    title: One\n`;
  const network = (name: string, notes: string) =>
    `title: N\nentries:\n  - name: ${name}\n    kind: community\n    perspectives: [fans]\n    status: following\n    notes: ${notes}\n`;
  const gate = async (files: Record<string, string>) =>
    (
      await Promise.all(['hashtags', 'content-schema'].map((rule) => checkProject(files, rule)))
    ).flat();

  it('reports a value cut short or left empty, and the fixes it gives pass', async () => {
    const files = {
      'content/courses/c.yaml': course('Social media #PLN'),
      'content/networks/n.yaml': network('#greenpeace', 'Fast-moving #f1 threads.'),
    };
    const problems = await gate(files);
    expect(problems).toEqual([
      'content/courses/c.yaml:1:21 `#PLN` is a YAML comment (a # after a space starts one), so title reads `Social media`: put the value in quotes, title: "Social media #PLN"',
      'content/networks/n.yaml:7:24 `#f1 threads.` is a YAML comment (a # after a space starts one), so notes reads `Fast-moving`: put the value in quotes, notes: "Fast-moving #f1 threads."',
      'content/networks/n.yaml:3:1 entry 1: `#greenpeace` is a YAML comment (a # after a space starts one), so name is empty: put the value in quotes, - name: "#greenpeace"',
    ]);
    const fixed = {
      'content/courses/c.yaml': course('"Social media #PLN"'),
      'content/networks/n.yaml': network('"#greenpeace"', '"Fast-moving #f1 threads."'),
    };
    expect(await gate(fixed)).toEqual([]);
    // and the build's own check of data files says the same of the empty name
    const { networkDataProblems } = await import('../../../../src/lib/content/references.ts');
    expect(networkDataProblems('n.yaml', files['content/networks/n.yaml'])).toEqual([
      {
        file: 'n.yaml',
        line: 3,
        message:
          'entry 1: `#greenpeace` is a YAML comment (a # after a space starts one), so name is empty: put the value in quotes, - name: "#greenpeace"',
      },
    ]);
  });

  it('says what an address or a handle takes where quotes would keep a value that is none', async () => {
    const fields = (feed: string, mastodon: string, url: string) =>
      network('Greenpeace', 'Climate news.') +
      `    feed: ${feed}\n    mastodon: ${mastodon}\n    platforms:\n      - name: Site\n        url: ${url}\n`;
    const files = { 'content/networks/n.yaml': fields('#rss', '#gp', '#home') };
    expect(await gate(files)).toEqual([
      'content/networks/n.yaml:12:1 entry 1 ("Greenpeace"), platform 1 ("Site"): `#home` is a YAML comment (a # after a space starts one), so url is empty; and in quotes, url: "#home" fails too: url "#home" is not a full address: write the whole address, starting with https://',
      'content/networks/n.yaml:8:1 entry 1 ("Greenpeace"): `#rss` is a YAML comment (a # after a space starts one), so feed is empty; and in quotes, feed: "#rss" fails too: feed "#rss" is not an http(s) address: give the feed\'s full address, starting with https:// (RSS, Atom or JSON Feed)',
      'content/networks/n.yaml:9:1 entry 1 ("Greenpeace"): `#gp` is a YAML comment (a # after a space starts one), so mastodon is empty; and in quotes, mastodon: "#gp" fails too: mastodon "#gp" is not a Mastodon handle: write it in quotes as \"@user@server\", e.g. mastodon: \"@sam@mastodon.social\"',
    ]);
    // The handle in quotes, as the message's example writes it: YAML reads no value starting with @.
    const fixed = fields(
      'https://example.org/feed.xml',
      '"@gp@mastodon.social"',
      'https://example.org',
    );
    expect(await gate({ 'content/networks/n.yaml': fixed })).toEqual([]);
  });
});
