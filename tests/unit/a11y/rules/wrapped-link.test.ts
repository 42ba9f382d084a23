import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixedBy, lintSource, only } from '../helpers.ts';
import { post, projectProblems } from '../project.ts';

const RULE = 'wrapped-link';
const FIA = 'https://www.fia.com/sustainability';
const SAFE = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(FIA)}&data=05%7C02%7Csam%40uni.ac.uk&reserved=0`;

describe('wrapped-link', () => {
  it('reports a wrapped link in every form a post writes one, and the fix writes the address', async () => {
    const forms: [string, '.md' | '.mdx', string][] = [
      [`The [report](${SAFE}) sets targets.`, '.md', `The [report](${FIA}) sets targets.`],
      [`See <${SAFE}>.`, '.md', `See <${FIA}>.`],
      // GFM links a bare address, which its text shows: both are mended.
      [`See ${SAFE} for more.`, '.md', `See ${FIA} for more.`],
      [`[${SAFE}](${SAFE})`, '.mdx', `[${FIA}](${FIA})`],
      [
        `<a href="${SAFE.replace(/&/g, '&amp;')}">the report</a>`,
        '.md',
        `<a href="${FIA}">the report</a>`,
      ],
      [`<a href="${SAFE}">the report</a>`, '.mdx', `<a href="${FIA}">the report</a>`],
    ];
    for (const [text, ext, fixed] of forms) {
      const problems = only(await lintSource(text, ext), RULE);
      expect(
        problems.map((p) => p.message),
        text,
      ).toEqual([
        `Link https://eur01.safelinks.protection.outlook.com/?url=https… goes through Outlook's Safe Links, as links copied from an email do: every reader is sent through that service first, which may warn them, stop them or have expired, and carries the email address it was sent to: write the address it leads to, ${FIA}`,
      ]);
      expect(fixedBy(text, problems), text).toBe(fixed);
      expect(only(await lintSource(fixed, ext), RULE), fixed).toEqual([]);
    }
  });

  it('leaves a Markdown link’s address with an unbalanced parenthesis to the author', async () => {
    const odd = 'https://en.wikipedia.org/wiki/Pit_stop_(racing';
    const text = `[pit stops](https://www.google.com/url?q=${encodeURIComponent(odd).replace('(', '%28')})`;
    const [problem] = only(await lintSource(text, '.md'), RULE);
    expect(problem!.message).toMatch(`write the address it leads to, ${odd}`);
    expect(problem!.fix).toBeUndefined();
  });

  it('says to open a link whose wrapper does not say where it leads, with no fix', async () => {
    const [problem] = only(
      await lintSource(
        '[the report](https://protect-eu.mimecast.com/s/AbCdEfGhIj?domain=fia.com)',
        '.md',
      ),
      RULE,
    );
    expect(problem!.message).toBe(
      "Link https://protect-eu.mimecast.com/s/AbCdEfGhIj?domain=fia.com goes through Mimecast's link protection, as links copied from an email do: every reader is sent through that service first, which may warn them, stop them or have expired: open it, and write the address the browser ends at",
    );
    expect(problem!.fix).toBeUndefined();
  });

  it('reports one in frontmatter and in a network file, where a page publishes it too', async () => {
    const { root, problems } = await projectProblems({
      'content/guides/g.md': post(
        'Text.',
        `events:\n  - title: Meetup\n    start: 2027-03-12\n    url: ${SAFE}\n`,
      ),
      'content/networks/n.yaml': `title: N\nentries:\n  - name: Sam\n    kind: person\n    perspectives: [fans]\n    status: following\n    url: "${SAFE}"\n`,
    });
    const mine = problems.filter((p) => p.ruleId === RULE);
    expect(mine.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([
      'content/guides/g.md:8:10',
      'content/networks/n.yaml:7:11',
    ]);
    for (const [file, problem] of [
      ['content/guides/g.md', mine[0]!],
      ['content/networks/n.yaml', mine[1]!],
    ] as const) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(fixedBy(text, [problem])).toBe(text.replace(SAFE, FIA));
    }
  });
});
