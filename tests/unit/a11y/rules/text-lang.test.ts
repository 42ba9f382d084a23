import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkProject, post } from '../project.ts';

const RULE = 'text-lang';

const SPANISH =
  'Esta semana hice una sola pregunta a mi red: ¿qué hace la Fórmula 1 para reducir sus emisiones? Las respuestas llegaron en tres idiomas y me enseñaron más que cualquier artículo que leí durante el curso. Mi hermano y su hijo también respondieron, y la próxima semana preguntaré a quién falta en la conversación.';
const ENGLISH =
  'This week I asked my network one question: what is Formula 1 doing to cut its emissions? The answers came in three languages, and they taught me more than any article I read during the course. Next week I will ask who is missing from the conversation, and why their voices matter to the campaign.';
const GERMAN =
  'Diese Woche habe ich meinem Netzwerk nur eine Frage gestellt: Was tut die Formel 1, um ihre Emissionen zu senken? Die Antworten kamen in drei Sprachen und haben mir mehr beigebracht als jeder Artikel, den ich im Kurs gelesen habe. Nächste Woche frage ich, wer in dem Gespräch fehlt, und warum man diese Stimmen hören sollte.';

describe('text-lang', () => {
  it('says which lang to add to a post in another language than the site’s, and the fix passes', async () => {
    const files = {
      'content/posts/es.md': post(SPANISH),
      'content/guides/de.mdx': post(GERMAN),
    };
    expect(await checkProject(files, RULE)).toEqual([
      "content/guides/de.mdx:1:1 This guide reads as German (Deutsch), but it sets no lang, so its page says it is in English, the site's language, and screen readers read it with the wrong voice: add lang: de to its frontmatter",
      "content/posts/es.md:1:1 This post reads as Spanish (español), but it sets no lang, so its page says it is in English, the site's language, and screen readers read it with the wrong voice: add lang: es to its frontmatter",
    ]);
    expect(
      await checkProject(
        {
          'content/posts/es.md': post(SPANISH, 'lang: es\n'),
          'content/guides/de.mdx': post(GERMAN, 'lang: de\n'),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('points at a lang that names the wrong language, either way', async () => {
    expect(
      await checkProject(
        {
          'content/posts/es.md': post(SPANISH, 'lang: en-GB\n'),
          'content/posts/en.md': post(ENGLISH, 'lang: de\n'),
        },
        RULE,
      ),
    ).toEqual([
      'content/posts/en.md:5:1 This post reads as English, but its lang, de, says German (Deutsch), so screen readers read it with the wrong voice and search stems its words wrongly: write lang: en',
      'content/posts/es.md:5:1 This post reads as Spanish (español), but its lang, en-GB, says British English, so screen readers read it with the wrong voice and search stems its words wrongly: write lang: es',
    ]);
  });

  it('reads the site’s own language from its config', async () => {
    const german = gateConfig({}, {}, { lang: 'de' });
    expect(
      await checkProject(
        { 'content/posts/de.md': post(GERMAN), 'content/posts/en.md': post(ENGLISH) },
        RULE,
        german,
      ),
    ).toEqual([
      "content/posts/en.md:1:1 This post reads as English, but it sets no lang, so its page says it is in German (Deutsch), the site's language, and screen readers read it with the wrong voice: add lang: en to its frontmatter",
    ]);
  });

  it('leaves English, short posts, marked quotes, code and pages outside the collections alone', async () => {
    expect(
      await checkProject(
        {
          'content/posts/en.md': post(ENGLISH),
          'content/posts/short.md': post('Hoy aprendí algo nuevo sobre mi red.'),
          'content/posts/quote.mdx': post(
            `My classmate answered in Spanish:\n\n<blockquote lang="es">${SPANISH}</blockquote>\n\nShort, but it made me think.`,
          ),
          'content/posts/html.md': post(
            `I kept her words as she wrote them.\n\n<p lang="es">${SPANISH}</p>`,
          ),
          'content/posts/code.md': post(`What I ran:\n\n\`\`\`text\n${SPANISH}\n\`\`\``),
          // Technical English, mostly names and commands: few of the short English words.
          'content/posts/list.md': post(
            [
              '- Mastodon: fosstodon.org, hachyderm.io, mastodon.social',
              '- Bluesky: starter packs, custom feeds, lists',
              '- Discord: Astro, Vite, Svelte, Rust servers',
              '- Newsletters: Bytes, JavaScript Weekly, Node Weekly, CSS Weekly, Frontend Focus',
              '- Podcasts: Syntax, JS Party, Changelog, ShopTalk Show, Whiskey Web',
              '- Conferences: JSConf, NodeConf, CSS Day, Smashing Conference, RenderATL',
              '- Tools: Feedly, NetNewsWire, Readwise Reader, Obsidian, Zotero',
            ].join('\n'),
          ),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('points at an unmarked paragraph in another language, and <div lang> around it passes in Markdown and MDX', async () => {
    const reply =
      'Mi compañera respondió: la Fórmula 1 quiere ser neutra en carbono en 2030, pero los viajes de los aficionados son la mayor parte de sus emisiones y nadie habla de eso en las redes.';
    const arabic =
      'سألت شبكتي هذا الأسبوع سؤالاً واحداً عن الاستدامة في الفورمولا 1، وجاءت الإجابات بثلاث لغات وعلمتني أكثر من أي مقال قرأته خلال الدورة. في الأسبوع القادم سأسأل عن الأصوات الغائبة عن الحوار.';
    const quote =
      'The answer that stayed with me: the sport wants to be carbon neutral by 2030, but the travel of its fans is most of its footprint, and nobody in my feed talks about that part of it.';
    // Each fix as its message gives it.
    const wrap = (open: string, text: string) => `${open}\n\n${text}\n\n</div>`;
    expect(
      await checkProject(
        {
          'content/posts/en.md': post(`${ENGLISH}\n\n${reply}`),
          'content/posts/en.mdx': post(`${ENGLISH}\n\n> ${reply}`),
          'content/posts/ar.md': post(`${arabic}\n\n${quote}\n\n${arabic}`, 'lang: ar\n'),
        },
        RULE,
      ),
    ).toEqual([
      'content/posts/ar.md:10:1 This paragraph reads as English, in a post in Arabic (العربية), so screen readers read it with the post\'s voice: put <div lang="en" dir="ltr"> on a line before it and </div> on a line after it, with a blank line between each and the paragraph',
      'content/posts/en.md:9:1 This paragraph reads as Spanish (español), in a post in English, so screen readers read it with the post\'s voice: put <div lang="es"> on a line before it and </div> on a line after it, with a blank line between each and the paragraph',
      'content/posts/en.mdx:9:3 This paragraph reads as Spanish (español), in a post in English, so screen readers read it with the post\'s voice: put <div lang="es"> on a line before it and </div> on a line after it, with a blank line between each and the paragraph',
    ]);
    // Spanish `son` ("are") is not the English word: the paragraph is text-lang's alone.
    expect(
      await checkProject(
        { 'content/posts/en.md': post(`${ENGLISH}\n\n${reply}`) },
        'inclusive-language',
      ),
    ).toEqual([]);
    expect(
      await checkProject(
        {
          'content/posts/en.md': post(
            `${ENGLISH}\n\nMy son said that the answers were the best part of it.\n\n${reply}`,
          ),
        },
        'inclusive-language',
      ),
    ).toEqual([
      'content/posts/en.md:9:4 `son` may be insensitive: write `child` instead, or list it in allowWords with a reason if you quote it on purpose',
    ]);
    expect(
      await checkProject(
        {
          'content/posts/en.md': post(`${ENGLISH}\n\n${wrap('<div lang="es">', reply)}`),
          'content/posts/en.mdx': post(`${ENGLISH}\n\n${wrap('<div lang="es">', `> ${reply}`)}`),
          'content/posts/ar.md': post(
            `${arabic}\n\n${wrap('<div lang="en" dir="ltr">', quote)}\n\n${arabic}`,
            'lang: ar\n',
          ),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('puts a paragraph in a list item inside a <span lang>, which keeps the list', async () => {
    const reply =
      'Mi compañera respondió: la Fórmula 1 quiere ser neutra en carbono en 2030, pero los viajes de los aficionados son la *mayor parte* de sus emisiones y nadie habla de eso en las redes.';
    const files = (item: string) => ({
      'content/posts/list.md': post(
        `${ENGLISH}\n\n- The first answer.\n- ${item}\n- The last answer.`,
      ),
      'content/posts/list.mdx': post(
        `${ENGLISH}\n\n- The first answer.\n- ${item}\n- The last answer.`,
      ),
    });
    expect(await checkProject(files(reply), RULE)).toEqual([
      'content/posts/list.md:10:3 This paragraph reads as Spanish (español), in a post in English, so screen readers read it with the post\'s voice: write its text inside <span lang="es">…</span>',
      'content/posts/list.mdx:10:3 This paragraph reads as Spanish (español), in a post in English, so screen readers read it with the post\'s voice: write its text inside <span lang="es">…</span>',
    ]);
    expect(await checkProject(files(`<span lang="es">${reply}</span>`), RULE)).toEqual([]);
  });

  it('gives a paragraph written as <p>, in raw HTML or JSX, its own lang', async () => {
    const reply =
      'Mi compañera respondió: la Fórmula 1 quiere ser neutra en carbono en 2030, pero los viajes de los aficionados son la mayor parte de sus emisiones y nadie habla de eso en las redes.';
    const files = (open: string) => ({
      'content/posts/raw.md': post(`${ENGLISH}\n\n${open}${reply}</p>`),
      'content/posts/jsx.mdx': post(`${ENGLISH}\n\n${open}${reply}</p>`),
    });
    expect(await checkProject(files('<p>'), RULE)).toEqual([
      'content/posts/jsx.mdx:9:1 This paragraph reads as Spanish (español), in a post in English, so screen readers read it with the post\'s voice: write <p lang="es">',
      'content/posts/raw.md:9:1 This paragraph reads as Spanish (español), in a post in English, so screen readers read it with the post\'s voice: write <p lang="es">',
    ]);
    expect(await checkProject(files('<p lang="es">'), RULE)).toEqual([]);
  });

  it('keeps inclusive-language out of a post in another language than its page says', async () => {
    const files = { 'content/posts/es.md': post(SPANISH), 'content/posts/en.md': post(ENGLISH) };
    // `hermano`, `hijo`, `su` are Spanish; nothing for retext-equality's English lists.
    expect(await checkProject(files, 'inclusive-language')).toEqual([]);
    const turkish =
      'Bu hafta ağıma tek bir soru sordum: Formula 1 emisyonlarını azaltmak için ne yapıyor? Cevaplar üç dilde geldi ve her biri bana kurs boyunca okuduğum her makaleden daha fazlasını öğretti. Gelecek hafta sohbette kimin eksik olduğunu soracağım ve her sesin neden önemli olduğunu düşüneceğim.';
    expect(
      await checkProject({ 'content/posts/tr.md': post(turkish) }, 'inclusive-language'),
    ).toEqual([]);
    expect(await checkProject({ 'content/posts/tr.md': post(turkish) }, RULE)).toEqual([
      "content/posts/tr.md:1:1 This post reads as Turkish (Türkçe), but it sets no lang, so its page says it is in English, the site's language, and screen readers read it with the wrong voice: add lang: tr to its frontmatter",
    ]);
  });
});
