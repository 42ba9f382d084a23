import { ParseEnglish } from 'parse-english';
import retextEquality from 'retext-equality';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { gateConfig, type GateConfig } from '../../../src/a11y/core/config.ts';
import {
  checkSource,
  commonplaceSyntax,
  createSourceProcessor,
} from '../../../src/a11y/source/check.ts';
import { collectProse } from '../../../src/a11y/writing/prose.ts';
import { sourceModel } from '../../../src/a11y/source/model.ts';
import {
  findWords,
  holdsFlaggedPhrase,
  inconsideratePhrases,
  mayHoldFlaggedWord,
} from '../../../src/a11y/writing/words.ts';
import { inOtherSense } from '../../../src/a11y/writing/senses.ts';
import type { Problem } from '../../../src/a11y/core/types.ts';

const RULE = 'inclusive-language';
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

/** `line:column word` of each finding: where it points and what it names. */
async function found(
  text: string,
  ext: '.md' | '.mdx' = '.mdx',
  config?: GateConfig,
): Promise<string[]> {
  return (await lint(text, ext, config)).map(
    (p) => `${p.line}:${p.column} ${/^`([^`]+)`/.exec(p.message)?.[1]}`,
  );
}

const fm = (body: string) => `---\n${body}---\n`;

describe('inclusive-language: what it flags', () => {
  const notOk: [string, string, '.md' | '.mdx', string[]][] = [
    // Gendered terms
    ['a gendered greeting', 'Hey guys, welcome back.', '.mdx', ['1:5 guys']],
    ['a gendered compound', 'We did not have the manpower for it.', '.md', ['1:21 manpower']],
    ['a gendered title', 'The chairman opened the meeting.', '.mdx', ['1:5 chairman']],
    ['a gendered job title', 'Ask the policemen at the gate.', '.md', ['1:9 policemen']],
    // Ableist terms
    ['an ableist intensifier', 'The last lap was crazy.', '.mdx', ['1:18 crazy']],
    ['an ableist insult', 'That was a lame excuse.', '.md', ['1:12 lame']],
    ['a term for mental illness used loosely', 'The schedule is insane.', '.mdx', ['1:17 insane']],
    // The rest of retext-equality's list
    ['a two-word phrase', 'Run a sanity check first.', '.mdx', ['1:7 sanity check']],
    ['a condescending word', 'It is easy once you know how.', '.mdx', ['1:7 easy']],
    ['a pronoun used generically', 'Ask a driver and he will tell you.', '.md', ['1:18 he']],
    // Every place prose lives
    ['a heading', '# A crazy week\n\nText.', '.mdx', ['1:5 crazy']],
    ['a list item', '- one\n- a lame idea', '.md', ['2:5 lame']],
    ['a nested list item in a quote', '> - first\n>   - hey guys', '.mdx', ['2:11 guys']],
    ['a table cell', '| a | b |\n| - | - |\n| fine | crazy |', '.md', ['3:10 crazy']],
    // A Markdown link's or picture's title: the tooltip, which a screen reader may read too.
    ['a link title', 'See [my notes](https://example.org "Hey guys").', '.md', ['1:41 guys']],
    ['a picture title', '![A chart](./c.png "For the chairman")', '.mdx', ['1:29 chairman']],
    ['a definition title', 'See [notes][n].\n\n[n]: /posts/a/ "Hey guys"', '.md', ['3:21 guys']],
    [
      'link text (not its target)',
      'See [the chairman](https://example.org/page).',
      '.mdx',
      ['1:10 chairman'],
    ],
    ['emphasis', 'It was **crazy** busy.', '.mdx', ['1:10 crazy']],
    [
      'a JSX child',
      '<Callout type="note">\n  Hey guys, read this.\n</Callout>',
      '.mdx',
      ['2:7 guys'],
    ],
    ['Markdown alt text', 'Look: ![The chairman at the podium](a.png)', '.mdx', ['1:13 chairman']],
    [
      'alt text of an image reference',
      '![Crazy crowds][pic]\n\n[pic]: /a.png',
      '.md',
      ['1:3 Crazy'],
    ],
    [
      'Figure alt and caption',
      '<Figure src="a.png" alt="Guys at the pit wall" caption="A lame photo" />',
      '.mdx',
      ['1:26 Guys', '1:59 lame'],
    ],
    [
      'JSX img alt over several lines',
      '<img\n  src="a.png"\n  alt="The chairman waves"\n/>',
      '.mdx',
      ['3:12 chairman'],
    ],
    [
      'JSX title attribute',
      '<Video src="/v.webm" title="Crazy pit stop" transcript="./t.md" />',
      '.mdx',
      ['1:29 Crazy'],
    ],
    [
      'JSX attributes in single quotes, after a valueless one and one holding > or "',
      `<video controls\n  data-note='a > b "c"' aria-label='The chairman talks' title="A crazy lap">\n</video>`,
      '.mdx',
      ['2:41 chairman', '2:66 crazy'],
    ],
    ['raw HTML text in .md', '<div class="note">\nHey guys\n</div>', '.md', ['2:5 guys']],
    ['raw HTML alt in .md', '<img src="a.png" alt="A crazy crowd">', '.md', ['1:25 crazy']],
    [
      'coverAlt in frontmatter',
      fm('title: T\ncover: ./c.png\ncoverAlt: The chairman smiling\n'),
      '.mdx',
      ['4:15 chairman'],
    ],
    ['a quoted coverAlt', fm('title: T\ncoverAlt: "A crazy crowd"\n'), '.md', ['3:14 crazy']],
    [
      'the title and description',
      fm('title: Hey guys\ndescription: A lame week.\n'),
      '.mdx',
      ['2:12 guys', '3:16 lame'],
    ],
    [
      'a guide field in a list',
      fm('title: T\nperspectives:\n  - chairmen of clubs\n'),
      '.mdx',
      ['4:5 chairmen'],
    ],
    [
      'a word spelt with a character reference or an escape',
      'Hey gu&#121;s.\n\n## The chair&#109;an\n\n| a |\n| - |\n| gu&#x79;s |\n\nThe fire\\-man.\n',
      '.md',
      ['1:5 guys', '7:3 guys', '3:8 chairman', '9:5 fire-man'],
    ],
    [
      'a word spelt with a character reference in raw HTML text and attributes',
      '<p>Hey gu&#121;s, the chair&#x6d;an.</p>\n\n<img src="a.png" alt="Some gu&#121;s">\n',
      '.md',
      ['1:8 guys', '3:28 guys', '1:23 chairman'],
    ],
    [
      'a YAML escape in frontmatter (at its value)',
      fm('title: "Hey gu\\x79s"\n'),
      '.mdx',
      ['2:8 guys'],
    ],
    [
      'every occurrence, not only the first',
      'Guys.\n\nMore guys.\n\n- guys',
      '.mdx',
      ['1:1 Guys', '3:6 guys', '5:3 guys'],
    ],
    [
      'a word ending a block before a lower-case block',
      'Hey guys.\n\n- crazy idea',
      '.md',
      ['1:5 guys', '3:3 crazy'],
    ],
  ];
  for (const [name, text, ext, expected] of notOk) {
    it(`flags ${name} (${ext})`, async () => {
      expect(await found(text, ext)).toEqual(expected);
    });
  }
});

describe('inclusive-language: what it leaves alone', () => {
  const ok: [string, string, '.md' | '.mdx'][] = [
    ['the neutral word', 'The chair opened the meeting.', '.mdx'],
    [
      'a word that contains a flagged one',
      'The chairs were crazily arranged? No: the chairs were stacked.',
      '.md',
    ],
    ['committee chair', 'Ask the committee chair.', '.mdx'],
    ['inline code', 'Rename `guys` and `manpower` in the script.', '.mdx'],
    ['a fenced code block', '```js\nconst guys = crazy(lame);\n```', '.md'],
    ['an indented code block', '    hey guys, this is crazy', '.md'],
    ['a JSX code element', 'Type <code>crazy</code> to search.', '.mdx'],
    ['a raw HTML code span', 'Type <code>crazy guys</code> to search.', '.md'],
    ['a raw HTML pre block', '<pre>\nhey guys\n</pre>', '.md'],
    ['a link target', 'Read [the notes](https://example.org/crazy-guys/chairman).', '.mdx'],
    ['a bare URL', 'Notes at https://example.org/crazy-guys today.', '.md'],
    ['an autolink', 'Notes at <https://example.org/lame> today.', '.mdx'],
    ['a www address', 'Notes at www.example.org/crazy today.', '.md'],
    ['an image src', '![A red car](./crazy-guys.png)', '.mdx'],
    [
      'frontmatter keys and paths',
      fm('title: T\nchairman: true\ncover: ./crazy.png\nslug: lame-week\n'),
      '.mdx',
    ],
    ['MDX expressions and comments', 'Total: {crazy + guys}\n\n{/* hey guys */}', '.mdx'],
    ['ESM', "import Crazy from './crazy.ts';\nexport const guys = 1;\n\nText.", '.mdx'],
    ['a dynamic alt', 'export const guys = "x";\n\n<Figure src="a.png" alt={guys} />', '.mdx'],
    ['an HTML comment', '<!-- hey guys, this is crazy -->', '.md'],
    ['a word quoted as a word', 'The word “guys” was the one I cut.', '.mdx'],
    ['profanity while profanities are off', 'Damn, what a race.', '.mdx'],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name} (${ext})`, async () => {
      expect(await found(text, ext)).toEqual([]);
    });
  }
});

describe('inclusive-language: allow lists', () => {
  it('site-wide: site.writing.allow, any case', async () => {
    const config = gateConfig({}, { allow: ['guys', 'Sanity Check'] });
    expect(await found('Hey Guys. Run a sanity check. It was crazy.', '.mdx', config)).toEqual([
      '1:38 crazy',
    ]);
  });

  it('per file: allowWords as strings or { word, reason }', async () => {
    const text =
      fm(
        'title: T\nallowWords:\n  - guys\n  - word: chairman\n    reason: quoting the club rules\n',
      ) + 'Hey guys. The chairman said it was crazy.';
    expect(await found(text)).toEqual(['8:36 crazy']);
  });

  it('allows only the words listed, and only in that file', async () => {
    const allowed = fm('title: T\nallowWords: [guy]\n') + 'Hey guys.';
    expect(await found(allowed)).toEqual(['5:5 guys']);
    expect(await found('Hey guys.')).toEqual(['1:5 guys']);
  });

  it('never flags the words an allow list quotes', async () => {
    const text =
      fm('title: T\nallowWords:\n  - word: crazy\n    reason: "quoting a fan: crazy guys"\n') +
      'Fine.';
    expect(await found(text)).toEqual([]);
  });
});

describe('inclusive-language: severity, profanities and wording', () => {
  it('warns by default, and never changes the result to an error on its own', async () => {
    const [problem] = await lint('Hey guys.');
    expect(problem?.severity).toBe('warning');
  });

  it('is raised to an error, or turned off, through site.a11y.rules', async () => {
    const error = gateConfig({ rules: { 'inclusive-language': 'error' } });
    expect((await lint('Hey guys.', '.mdx', error)).map((p) => p.severity)).toEqual(['error']);
    const off = gateConfig({ rules: { 'inclusive-language': 'off' } });
    expect(await lint('Hey guys.', '.mdx', off)).toEqual([]);
  });

  it('flags profanities only with site.writing.profanities', async () => {
    const on = gateConfig({}, { profanities: true });
    expect(await found('Damn, what a race.', '.mdx', on)).toEqual(['1:1 Damn']);
    const [problem] = await lint('Damn, what a race.', '.mdx', on);
    expect(problem?.message).toBe(
      '`Damn` may be profane: rephrase without it, or list it in allowWords with a reason if you quote it on purpose',
    );
  });

  it('names the word and the alternatives: what is wrong, then what to do', async () => {
    const [guys] = await lint('Hey guys.');
    expect(guys?.message).toBe(
      '`guys` may be insensitive: write `people`, `persons` or `folks` instead, or list it in allowWords with a reason if you quote it on purpose',
    );
    const [crazy] = await lint('It was crazy.');
    expect(crazy?.message).toBe(
      '`crazy` may be insensitive: write `rude`, `malicious`, `mean`, `disgusting` or `incredible` (or similar) instead, or list it in allowWords with a reason if you quote it on purpose',
    );
    const [easy] = await lint('It is easy.');
    expect(easy?.message).toBe(
      '`easy` may be insensitive (it’s probably not that easy): rephrase without it, or list it in allowWords with a reason if you quote it on purpose',
    );
  });
});

describe('inclusive-language: the shortcut that skips text without flagged words', () => {
  /**
   * Whether a word found at `offset` is one the rule drops as used in another sense (senses.ts):
   * the shortcut leaves some of those out before retext-equality runs, the rule the rest after.
   */
  const inTheSense = (text: string) => (found: string) => {
    const offset = Number.parseInt(found, 10);
    const word = found.slice(found.indexOf(' ') + 1);
    return !inOtherSense({ offset, end: offset + word.length, word, kind: 'insensitive' }, text);
  };

  /** What retext-equality itself reports on a file's prose, through its plugin, with no shortcut. */
  function retextFinds(text: string, { sense = true } = {}): string[] {
    const file = new VFile({ path: 'all.md', value: text });
    const tree = unified().use(commonplaceSyntax).parse(file);
    const prose = collectProse(tree as never, file, sourceModel(tree as never, file));
    const scratch = new VFile();
    unified()
      .use(retextEquality)
      .runSync(prose.body as never, scratch);
    return scratch.messages
      .map((m) => `${(m.place as { start: { offset: number } }).start.offset} ${m.actual}`)
      .filter(sense ? inTheSense(text) : () => true);
  }

  /** What the rule's path finds: the quick text test, then only sentences that hold a phrase. */
  function ruleFinds(text: string): string[] {
    const file = new VFile({ path: 'all.md', value: text });
    const tree = unified().use(commonplaceSyntax).parse(file);
    const options = { profanities: false, allow: new Set<string>() };
    const prose = collectProse(
      tree as never,
      file,
      sourceModel(tree as never, file),
      mayHoldFlaggedWord,
    );
    return findWords(prose, text, options)
      .map((f) => `${f.offset} ${f.word}`)
      .filter(inTheSense(text));
  }

  it('finds exactly what retext-equality finds, for every phrase on its list', () => {
    const phrases = inconsideratePhrases();
    expect(phrases.length).toBeGreaterThan(500);
    // Each phrase as written and hyphenated, with words around it that start other phrases
    // (`on`, `of`) but hold none, in a sentence after one that holds only `he`, and with its
    // last word emphasised or spelt with a character reference (`war&#112;ath`).
    const marked = (phrase: string) => {
      const at = phrase.lastIndexOf(' ') + 1;
      const last = phrase.slice(at);
      const entity = `${last.slice(0, -1)}&#${last.codePointAt(last.length - 1)};`;
      return [`${phrase.slice(0, at)}*${last}*`, `${phrase.slice(0, at)}${entity}`];
    };
    const variants = (phrase: string) => [
      `Line: we met ${phrase} today, of all things.`,
      `On the way, the ${phrase.replace(/ /g, '-')} has spoken. Then ${phrase}, he said.`,
      `We met ${marked(phrase)[0]} on the way.`,
      `And ${marked(phrase)[1]} too.`,
    ];
    const text = phrases.flatMap(variants).join('\n\n');
    const expected = retextFinds(text);
    expect(expected.length).toBeGreaterThan(phrases.length * 3);
    expect(ruleFinds(text).sort()).toEqual(expected.sort());
  });

  it('finds the same in files that each hold a few phrases (each file its own phrase set)', () => {
    const phrases = inconsideratePhrases();
    for (let i = 0; i < phrases.length; i += 3) {
      const text = phrases
        .slice(i, i + 3)
        .map((phrase) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} met us on the way.`)
        .join(' ');
      expect(ruleFinds(text).sort(), text).toEqual(retextFinds(text).sort());
    }
  });

  it('reports a sentence using each pattern retext-equality ships, through the whole rule', async () => {
    const phrases = inconsideratePhrases();
    const text = phrases.map((phrase, i) => `Line ${i}: we met ${phrase} today.`).join('\n\n');
    const expected = new Set(
      retextFinds(text, { sense: false }).map((f) => f.slice(f.indexOf(' ') + 1).toLowerCase()),
    );
    const reported = new Set(
      (await lint(text, '.md')).map((p) => /^`([^`]+)`/.exec(p.message)![1]!.toLowerCase()),
    );
    // The words read in their sense (writing/senses.ts) are not, in "we met … today", nor the
    // neutral words of a pair (host).
    expect([...expected].filter((word) => !reported.has(word)).sort()).toEqual([
      'challenged',
      'host',
      'hosts',
      'invalid',
      'special',
    ]);
    // Nearly every phrase is reported on its own (a few need a context, such as a person).
    const flagged = phrases.filter((phrase) => reported.has(phrase.toLowerCase()));
    expect(flagged.length).toBeGreaterThan(phrases.length * 0.8);
  });

  it('reads special, challenged, invalid and master in the sense the text uses', async () => {
    const flagged = [
      'Students with special needs deserve better tools.',
      'The school has a special education unit.',
      'We played with the special kids.',
      'He is mentally challenged, they said.',
      'She taught a challenged child to read.',
      'He lived as an invalid.',
      'The master branch holds the site.',
      'The hostess welcomed everyone.',
    ];
    const passed = [
      'Special thanks to my tutor for her feedback.',
      'It was a special day, and a special edition.',
      'This week challenged me to think about my network.',
      'I felt challenged by the reading.',
      'The form said the date was invalid.',
      'An invalid date stops the build.',
      'I want to master the basics before my master’s degree.',
      "My master's in education starts in May, after the Master of Science.",
      'The masters course is full, and my masters ends in June.',
      'We host the site on GitHub Pages, and our web host is fast.',
      'I want to host a meetup, and the host name is set.',
      // `host` is the neutral word, for anyone who hosts (senses.ts: NEUTRAL_FORM).
      'The host welcomed everyone.',
      'A podcast host asked good questions, and both hosts laughed.',
      'Host: Welcome back to the show.',
    ];
    for (const sentence of flagged)
      expect(await lint(`${sentence}\n`, '.md'), sentence).toHaveLength(
        // `her` and `she` are flagged on their own, whatever the sense of the word tested.
        sentence.split(/\b(?:her|she|he)\b/i).length,
      );
    for (const sentence of passed) {
      const words = (await lint(`${sentence}\n`, '.md')).map(
        (p) => /^`([^`]+)`/.exec(p.message)![1],
      );
      expect(words, sentence).toEqual(/\bher\b/.test(sentence) ? ['her'] : []);
    }
  });

  it('says special needs once, as the phrase, not also as special', async () => {
    const problems = await lint('Students with special needs deserve better tools.\n', '.md');
    expect(problems.map((p) => /^`([^`]+)`/.exec(p.message)![1])).toEqual(['special needs']);
  });

  it('suggests the neutral word of a pair first: host for hostess', async () => {
    const [problem] = await lint('The hostess welcomed everyone.\n', '.md');
    expect(problem?.message).toMatch(/^`hostess` may be insensitive: write `host`, `presenter`/);
  });

  it('skips text that holds none of them', () => {
    expect(mayHoldFlaggedWord('The chair opened the meeting at nine.')).toBe(false);
    expect(mayHoldFlaggedWord('The chairman opened it.')).toBe(true);
    expect(mayHoldFlaggedWord('A man-made lake')).toBe(true);
    // The first word of a phrase is not enough: the rest of the phrase must be there too.
    expect(mayHoldFlaggedWord('I learned a lot on the bus, of all places.')).toBe(false);
    expect(mayHoldFlaggedWord('They went on the warpath.')).toBe(true);
    expect(mayHoldFlaggedWord('They went on the _war_-path.')).toBe(true);
  });

  it('finds a word that markup splits and retext reads whole, alone in its paragraph', async () => {
    // retext joins `able` + `-` + `bodied` across the emphasis; the quick test must see that too.
    expect(await found('Only *able*-bodied people may apply.', '.md')).toEqual(['1:7 able-bodied']);
    expect(await found('A **deaf**-mute character.')).toEqual(['1:5 deaf-mute']);
    expect(await found('Our [able](https://example.org)-bodied staff.', '.md')).toEqual([
      '1:6 able-bodied',
    ]);
    expect(await found('Only <em>able</em>-bodied people.', '.md')).toEqual(['1:10 able-bodied']);
    expect(await found('Only <span>able</span>-bodied people.')).toEqual(['1:12 able-bodied']);
  });

  it('sends retext-equality only the sentences that hold a whole phrase', () => {
    const sentences = (text: string) =>
      new ParseEnglish()
        .parse(text)
        .children.flatMap((p) =>
          p.type === 'ParagraphNode' ? p.children.filter((s) => s.type === 'SentenceNode') : [],
        );
    const holds = (text: string) => sentences(text).map((s) => holdsFlaggedPhrase(s as never));
    // First words of phrases (`on`, `of`, `learning`, `has`) without the rest of the phrase.
    expect(holds('I learned a lot on the bus. Learning of it has helped.')).toEqual([false, false]);
    expect(holds('They went on the warpath. She is learning-disabled, he wrote.')).toEqual([
      true,
      true,
    ]);
    // Only white space may stand between a phrase's words, as in nlcst-search.
    expect(holds('Of, course.')).toEqual([false]);
    expect(holds('Of\n  course.')).toEqual([true]);
    // Words are compared whole, as retext-equality compares them: `He’s` and `man-made` are
    // phrases, `Chairman’s` is not `chairman`.
    expect(holds('He’s here. A man-made lake. The Chairman’s notes.')).toEqual([true, true, false]);
  });
});

describe('inclusive-language: English text only', () => {
  it('does not check a file in another language, and says so once, at its lang', async () => {
    const problems = await lint(
      fm('title: Hey guys\nlang: fr\n') + '\nSalut les guys, c’est crazy.\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 1, severity: 'warning' });
    expect(problems[0]!.message).toBe(
      "Not checked for inclusive language: the writing checks read English, and this file is in French (français) (lang: fr); ask a fluent reader to look over its words and name them in the frontmatter (fluentReader: …), or set this rule to 'off' for a site not written in English",
    );
  });

  it('reads a lang the schema refuses as the language it plainly means, and runs on it', async () => {
    // `fr_FR` made Intl throw, and the rule failed on the file; content-schema says what to write.
    for (const [written, said] of [
      ['fr_FR', 'French (France) (français (France)) (lang: fr-FR)'],
      ['french', 'French (français) (lang: fr)'],
    ])
      expect(
        (await lint(fm(`title: Salut\nlang: ${written}\n`) + '\nSalut les guys.\n')).map(
          (p) => p.message,
        ),
      ).toEqual([expect.stringContaining(`this file is in ${said};`)]);
  });

  it('says nothing of a file a fluent reader has looked over, as its frontmatter says', async () => {
    // The fix the note gives, applied; an empty name is no reader.
    expect(
      await lint(
        fm('title: Salut\nlang: fr\nfluentReader: Amélie, who reads French\n') + '\nSalut.\n',
      ),
    ).toEqual([]);
    expect(
      await lint(fm('title: Salut\nlang: fr\nfluentReader: " "\n') + '\nSalut.\n'),
    ).toHaveLength(1);
  });

  it('takes the site language for a file without lang', async () => {
    const arabicSite = gateConfig({}, {}, { lang: 'ar' });
    const problems = await lint('Hey guys.\n', '.md', arabicSite);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, column: 1 });
    expect(problems[0]!.message).toContain('this file is in Arabic');
    // An English file on that site is checked.
    expect(await found(fm('lang: en-GB\n') + '\nHey guys.\n', '.md', arabicSite)).toEqual([
      '5:5 guys',
    ]);
  });

  it('leaves text marked as another language alone inside an English file', async () => {
    expect(
      (
        await found('She said <span lang="fr">les guys sont crazy</span>, and the guys laughed.\n')
      ).sort(),
    ).toEqual(['1:1 She', '1:62 guys']);
    expect(
      await found(
        '<div lang="de">\n\nDie guys waren crazy.\n\n</div>\n\nThe chairman agreed.\n',
        '.md',
      ),
    ).toEqual(['7:5 chairman']);
    expect(await found('<p lang="en">Hey guys.</p>\n', '.md')).toEqual(['1:18 guys']);
  });

  it('underlines a word spelt with a character reference as written, reference included', async () => {
    const [problem] = await lint('<p>Hey gu&#121;s.</p>\n', '.md');
    expect(problem).toMatchObject({ line: 1, column: 8, endLine: 1, endColumn: 17 });
  });

  it('reads raw HTML from the gate’s shared model: what a reader gets, not what code encloses', async () => {
    // A prose attribute on any element, the code element's own included (a reader may hear it);
    // text and attributes inside code are code.
    expect(
      await found(
        'An <abbr title="crazy idea">CI</abbr> and <code title="lame name">x</code>.\n',
        '.md',
      ),
    ).toEqual(['1:17 crazy', '1:56 lame']);
    expect(
      await found('<code>\n\n<abbr title="crazy">x</abbr> hey guys\n\n</code>\n', '.md'),
    ).toEqual([]);
    // Markdown between a raw <pre> and its close, two blocks apart, is code too; after it, prose.
    expect(await found('<pre>\n\nhey guys\n\n</pre>\n\nThe chairman agreed.\n', '.md')).toEqual([
      '7:5 chairman',
    ]);
    // Raw HTML's text, placed at the word in the source.
    expect(await found('<p>Hey <b>guys</b>.</p>\n', '.md')).toEqual(['1:11 guys']);
  });
});
