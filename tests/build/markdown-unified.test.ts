import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, projectRoot, userEnv, type FixtureBuild } from '../helpers/build-fixture.ts';

/**
 * A site under a base (`/my-blog`) that renders Markdown with `unified()` from
 * @astrojs/markdown-remark instead of Astro's default, Sätteri. Commonplace's Markdown plugins
 * (task labels, the base in Markdown links) are Sätteri's, so its task lists have no label and
 * its root-relative Markdown links and images miss the base. `npm run check` reads the processor
 * from the Astro config and reports each one at its line, as the build does; the fixes the
 * messages give, applied, build a site whose checkboxes are labelled and whose links work.
 */
const NAME = 'markdown-unified';
const FIXED = 'markdown-unified-fixed';
const fixtures = join(projectRoot, 'tests/fixtures');

/** The gate's report lines in the build output: `file:line:col  error  message  rule`. */
const reported = (output: string) =>
  output
    .split('\n')
    .filter((line) => /^content\/\S+:\d+:\d+ {2}error {2}/.test(line))
    .map((line) => line.trim());

/** `npm run check` in the fixture, as a user runs it: the CLI reads its Astro config. */
function check(root: string): { status: number | null; lines: string[] } {
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'src/a11y/cli.mjs'), 'source', '--no-cache'],
    { cwd: root, encoding: 'utf8', env: userEnv(), timeout: 120_000 },
  );
  return { status: result.status, lines: reported(`${result.stdout}${result.stderr}`) };
}

/**
 * The fixture with each problem fixed as its message says: a task written as the `<label>` the
 * message gives, in place of its `[ ] text`; an address replaced by the one it says to write.
 */
function applyFixes(root: string, lines: string[]): void {
  for (const line of lines) {
    const [, file, row, column, message] =
      /^(\S+):(\d+):(\d+) {2}error {2}(.*) {2}\S+$/.exec(line) ?? [];
    const path = join(root, file!);
    const text = readFileSync(path, 'utf8').split('\n');
    const at = Number(row) - 1;
    const label = /<label>.*<\/label>/.exec(message!)?.[0];
    const address = /^(?:Link|Image) (\S+) .*[Ww]rite (\S+)/.exec(message!);
    if (label) text[at] = text[at]!.slice(0, Number(column) - 1) + label;
    else if (address) text[at] = text[at]!.replace(`(${address[1]})`, `(${address[2]})`);
    else throw new Error(`no fix to apply in: ${line}`);
    writeFileSync(path, text.join('\n'));
  }
}

let build: FixtureBuild;
let fixed: FixtureBuild;
let checked: ReturnType<typeof check>;
beforeAll(() => {
  build = buildFixture(NAME);
  checked = check(join(fixtures, NAME));
  rmSync(join(fixtures, FIXED), { recursive: true, force: true });
  cpSync(join(fixtures, NAME), join(fixtures, FIXED), {
    recursive: true,
    filter: (source) => !/[\\/](?:dist|\.astro|node_modules)$/.test(source),
  });
  applyFixes(join(fixtures, FIXED), reported(build.output));
  fixed = buildFixture(FIXED);
});
afterAll(() => {
  rmSync(join(fixtures, FIXED), { recursive: true, force: true });
});

describe('a site whose Markdown processor is unified() (fixture: markdown-unified)', () => {
  it('warns as the build starts, then stops it before the render at each task and link the processor leaves broken', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(
      'markdown.processor "unified" is not Sätteri: task-list checkboxes get no label, and root-relative links in Markdown do not get the base /my-blog/',
    );
    expect(build.output).toContain(
      "Its wide tables also scroll out of a keyboard's reach in Safari, with no region around them. Sätteri, Astro's default, does all of this",
    );
    expect(build.output).toContain('accessibility gate (sources):');
    expect(reported(build.output)).toMatchInlineSnapshot(`
      [
        "content/posts/lap-notes.mdx:8:3  error  This task's checkbox has no name a reader hears, as the site's Markdown processor, unified, does not label a task with its text (Sätteri, Astro's default, does): write the task as HTML, <label><input type="checkbox" disabled /> A stopwatch</label>, or render Markdown with Sätteri  field-name",
        "content/posts/race-day.md:8:3  error  This task's checkbox has no name a reader hears, as the site's Markdown processor, unified, does not label a task with its text (Sätteri, Astro's default, does): write the task as HTML, <label><input type="checkbox" disabled /> Charge the camera</label>, or render Markdown with Sätteri  field-name",
        "content/posts/race-day.md:9:3  error  This task's checkbox has no name a reader hears, as the site's Markdown processor, unified, does not label a task with its text (Sätteri, Astro's default, does): write the task as HTML, <label><input type="checkbox" checked disabled /> Print the pit lane map</label>, or render Markdown with Sätteri  field-name",
        "content/posts/race-day.md:11:6  error  Link /posts/lap-notes/ points outside the site, which is served from /my-blog/: write /my-blog/posts/lap-notes/ or a relative link  link-target",
        "content/posts/race-day.md:13:1  error  Image /media/map.png is outside the site, which is served from /my-blog/: the page would load a missing file. Write /my-blog/media/map.png  asset-target",
      ]
    `);
    expect(build.output).not.toContain('Stack trace');
  });

  it('is what npm run check reports, before any build', () => {
    expect(checked.status).toBe(1);
    expect(checked.lines).toEqual(reported(build.output));
  });

  it('builds once each fix the messages give is applied, with every checkbox labelled and every address under the base', () => {
    expect(fixed.output).not.toContain('error  ');
    expect(fixed.status).toBe(0);
    const race = fixed.read('posts/race-day/index.html');
    expect(race).toContain('<label><input type="checkbox" disabled> Charge the camera</label>');
    expect(race).toContain(
      '<label><input type="checkbox" checked disabled> Print the pit lane map</label>',
    );
    expect(race).toContain('href="/my-blog/posts/lap-notes/"');
    expect(race).toContain('src="/my-blog/media/map.png"');
    expect(fixed.exists('posts/lap-notes/index.html')).toBe(true);
    expect(fixed.exists('media/map.png')).toBe(true);
    // MDX writes the element as JSX does, self-closed.
    expect(fixed.read('posts/lap-notes/index.html')).toMatch(
      /<label><input type="checkbox" disabled\/?> A stopwatch<\/label>/,
    );
    expect(check(fixed.root)).toEqual({ status: 0, lines: [] });
  });
});
