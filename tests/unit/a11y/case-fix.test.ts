import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { otherCaseOf } from '../../../src/lib/util/files.ts';
import { isFileExactly } from '../../../src/lib/util/file-deps.ts';
import { checkProject, post, project } from './project.ts';
import { checkHtmlDir } from '../../../src/a11y/html/check.ts';
import { gateConfig } from '../../../src/a11y/core/config.ts';

describe('otherCaseOf: the file a path means in another case', () => {
  const root = project({
    'posts/week-3/Cover.JPG': 'x',
    'posts/week-3/talk.transcript.md': 'Words.',
    'posts/Pair.png': 'x',
    'posts/pair.PNG': 'x',
  });
  const from = join(root, 'posts/week-3');
  it.each([
    ['the name', './cover.jpg', './Cover.JPG'],
    ['a folder and the name', '../Week-3/cover.jpg', '../week-3/Cover.JPG'],
    ['with no ./', 'TALK.transcript.md', 'talk.transcript.md'],
    ['written as a URL', './COVER%2EJPG', './Cover.JPG'],
  ])('finds %s', (_, written, meant) => expect(otherCaseOf(written, from)).toBe(meant));
  it.each([
    ['a path found as written', './Cover.JPG'],
    ['a name no file has in any case', './cover.png'],
    ['a name two files share in other cases', '../pair.png'],
    ['a folder', '../week-3/'],
  ])('finds nothing for %s', (_, written) => expect(otherCaseOf(written, from)).toBeUndefined());
});

describe('isFileExactly: a file under this very name, case included', () => {
  const root = project({
    'a/Cover.JPG': 'x',
    'b/pair.png': 'x',
    'b/PAIR.PNG': 'x',
    'c/123.png': 'x',
  });
  it('is the file as named, and in a folder holding both cases, each by its own name', () => {
    expect(isFileExactly(join(root, 'a/Cover.JPG'))).toBe(true);
    expect(isFileExactly(join(root, 'b/pair.png'))).toBe(true);
    expect(isFileExactly(join(root, 'b/PAIR.PNG'))).toBe(true);
    expect(isFileExactly(join(root, 'c/123.png'))).toBe(true);
  });
  it('is not a name in another case, a folder, or nothing', () => {
    expect(isFileExactly(join(root, 'a/cover.jpg'))).toBe(false);
    expect(isFileExactly(join(root, 'b/Pair.png'))).toBe(false);
    expect(isFileExactly(join(root, 'a'))).toBe(false);
    expect(isFileExactly(join(root, 'a/gone.png'))).toBe(false);
  });
});

describe('a path in another case than the file is named: each message says what to write', () => {
  // Written on a Mac, whose disk ignores case; built on Linux, where it does not.
  const files = {
    'content/posts/week-3/index.mdx': post(
      'import Chart from \'./chart.astro\';\n\n![The pit lane at dawn](./pit-lane.png)\n\n<Video src="/media/clip.mp4" title="Clip" transcript="./Clip.transcript.md" />',
      'cover: ./cover.jpg\ncoverAlt: The pit lane seen from above\n',
    ),
    'content/posts/week-3/Chart.astro': '<p>Chart</p>\n',
    'content/posts/week-3/Pit-Lane.PNG': 'png',
    'content/posts/week-3/Cover.jpg': 'jpg',
    'content/posts/week-3/clip.transcript.md': 'Everything said in the clip.',
    'public/media/clip.mp4': '',
  };
  const why = "the file's name as it is (names are case-sensitive where the site is built)";
  it('asset-target: the import and the Markdown image', async () => {
    expect(await checkProject(files, 'asset-target')).toEqual([
      `content/posts/week-3/index.mdx:9:1 import './chart.astro' names no file beside this entry: write ./Chart.astro, ${why}`,
      `content/posts/week-3/index.mdx:11:1 Image ./pit-lane.png names no file beside this entry: write ./Pit-Lane.PNG, ${why}`,
    ]);
  });
  it('media-transcript: the transcript file', async () => {
    expect(await checkProject(files, 'media-transcript')).toEqual([
      `content/posts/week-3/index.mdx:13:1 <Video> names transcript file ./Clip.transcript.md, which does not exist: write ./clip.transcript.md, ${why}`,
    ]);
  });
  it('content-schema: the cover', async () => {
    expect(await checkProject(files, 'content-schema')).toEqual([
      `content/posts/week-3/index.mdx:5:1 cover: the image ./cover.jpg is not there: write ./Cover.jpg, ${why}`,
    ]);
  });
});

describe('a path from the site’s root in another case than its file in public/', () => {
  it('says which file public/ has, for a Markdown image and an element', async () => {
    const files = {
      'content/posts/a.mdx': post(
        '![A chart of the season](/media/Chart.png)\n\n<img src="/media/CHART.png" alt="The same chart" />\n\n<img src="/media/none.png" alt="No chart" />',
      ),
      'public/media/chart.png': 'png',
    };
    const then =
      'write the path as that file is named (names are case-sensitive where the site is built)';
    expect(await checkProject(files, 'asset-target')).toEqual([
      `content/posts/a.mdx:7:1 Image /media/Chart.png is not in public/, but public/media/chart.png is: ${then}`,
      `content/posts/a.mdx:9:1 <img> src="/media/CHART.png" is not in public/ or the site's pages, but public/media/chart.png is: ${then}`,
      `content/posts/a.mdx:11:1 <img> src="/media/none.png" is not in public/ or the site's pages: the page would load a missing file. Fix the path, or put the file at public/media/none.png`,
    ]);
  });
});

describe('a built page that loads a file the build has only in another case', () => {
  it('says which file the build has', async () => {
    const dir = project({
      'posts/a/index.html':
        '<img src="/media/Chart.png" alt="A chart of the season"><img src="/media/none.png" alt="No chart">',
      'media/chart.png': 'png',
    });
    const { problems } = await checkHtmlDir(dir, gateConfig(), { cwd: dir });
    expect(
      problems.filter((p) => p.ruleId === 'asset-target').map((p) => `${p.column} ${p.message}`),
    ).toEqual([
      '1 <img> src="/media/Chart.png" loads /media/Chart.png, which is not in the build, but /media/chart.png is: write the path as that file is named (names are case-sensitive where the site is built)',
      `57 <img> src="/media/none.png" loads /media/none.png, which is not in the build: fix the path, or put the file in public/ and refer to it from the site's root, e.g. /none.png`,
    ]);
  });
});

describe('a file whose name only looks like the path: a space that is not one, an accent apart', () => {
  // macOS names a screenshot with a narrow no-break space before AM; a file copied from macOS
  // may write é as e and its accent apart. Both look like the path the author typed.
  const shot = 'Screenshot 2026-03-02 at 10.15.32\u202fAM.png';
  const cafe = 'cafe\u0301.png';
  const files = (names: { shot: string; cafe: string }, body: string) => ({
    'content/posts/a/index.md': post(body),
    [`content/posts/a/${names.shot}`]: 'png',
    [`content/posts/a/${names.cafe}`]: 'png',
  });
  const written =
    '![The poll results](<./Screenshot 2026-03-02 at 10.15.32 AM.png>)\n\n![Our café table](./caf\u00e9.png)';

  it('says what differs, and to rename the file, with the path to write', async () => {
    expect(await checkProject(files({ shot, cafe }, written), 'asset-target')).toEqual([
      "content/posts/a/index.md:7:1 Image ./Screenshot 2026-03-02 at 10.15.32 AM.png names no file beside this entry: the file's name has a narrow no-break space (U+202F), as macOS writes before AM or PM in a screenshot’s name, where the path has a plain space: rename the file to Screenshot-2026-03-02-at-10.15.32-AM.png and write ./Screenshot-2026-03-02-at-10.15.32-AM.png",
      'content/posts/a/index.md:9:1 Image ./caf\u00e9.png names no file beside this entry: rename the file to caf\u00e9.png: its name writes an accented letter as the letter and its accent apart (as macOS may name a file), where the path has one letter, and the build tells the two apart',
    ]);
  });

  it('passes once the files are renamed as it says', async () => {
    const renamed = files(
      { shot: 'Screenshot-2026-03-02-at-10.15.32-AM.png', cafe: 'caf\u00e9.png' },
      written.replace(
        '<./Screenshot 2026-03-02 at 10.15.32 AM.png>',
        './Screenshot-2026-03-02-at-10.15.32-AM.png',
      ),
    );
    expect(await checkProject(renamed, 'asset-target')).toEqual([]);
  });
});
