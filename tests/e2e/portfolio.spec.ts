import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// The course portfolio of the example site (README "Course portfolio"): the page in a real
// browser, then `npm run portfolio` and the PDF it writes, read back with pdf.js.
const root = resolve(import.meta.dirname, '../..');
const course = 'social-media-pln';
const path = `/courses/${course}/portfolio/`;
const media = join(root, 'content/posts/media-everyone-can-use');

test.describe('the portfolio page', () => {
  test('lists every entry in module order, with a contents list that reaches each one', async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText(
      'Portfolio: Social media and personal learning networks',
    );
    const modules = page.locator('.portfolio-module > h2');
    await expect(modules).toHaveText([
      'Module 1: Learning in public',
      'Module 2: Inclusive networks',
      'Module 3: Following diverse voices',
      'Module 4: Sharing accessibly',
      'Module 5: Planning a campaign with your network',
    ]);
    const titles = await page.locator('.portfolio-entry h3').allTextContents();
    // Every entry of the course in the example site, the Rolfe reflection of module 3 among them.
    expect(titles).toHaveLength(14);
    // The contents name the same entries in the same order, and each link lands on its entry.
    const links = page.locator('.portfolio-toc ol ol a');
    await expect(links).toHaveText(titles);
    for (const link of await links.all()) {
      const target = (await link.getAttribute('href'))!;
      await expect(page.locator(`article${target} h3`)).toHaveText((await link.textContent())!);
    }
    // Module order: the model reflection sits in its module, and the guide of module 5 comes
    // after the sharing posts of module 4.
    expect(
      await page
        .locator('.portfolio-module')
        .filter({ has: page.locator('h2', { hasText: 'Module 3:' }) })
        .locator('.portfolio-entry h3')
        .allTextContents(),
    ).toContain('What, so what, now what: asking in more than one language');
    expect(titles.indexOf('Media everyone can use')).toBeLessThan(
      titles.indexOf('Building a PLN for a Formula 1 sustainability campaign'),
    );
  });

  test('shows transcripts inline and captions images with their alt text', async ({ page }) => {
    await page.goto(path);
    const entry = page.locator('#posts-media-everyone-can-use');
    const transcripts = entry.locator('details.transcript');
    await expect(transcripts).toHaveCount(2);
    for (const transcript of await transcripts.all()) {
      await expect(transcript).toHaveAttribute('open', '');
    }
    const voiceNote = readFileSync(join(media, 'voice-note.transcript.txt'), 'utf8');
    const firstLine = voiceNote.split('\n')[0]!.trim();
    await expect(entry.getByText(firstLine)).toBeVisible();
    // The player still points at its transcript, whose id is now unique on the page.
    const audio = entry.locator('audio');
    const describedBy = (await audio.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${describedBy}"]`)).toContainText(firstLine);

    // The cover has no caption of its own: its alt text becomes one. The captioned figure keeps
    // the author's caption only.
    const cover = entry.locator('figure.portfolio-cover');
    const alt = (await cover.locator('img').getAttribute('alt'))!;
    await expect(cover.locator('figcaption')).toHaveText(`Alt text: ${alt}`);
    await expect(
      entry.locator('figure', { hasText: 'Sketch for a post' }).locator('figcaption'),
    ).toHaveText('Sketch for a post about electrified pit equipment.');
  });

  test('prints without navigation, one entry per page, with link addresses', async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.skip-link']) {
      await expect(page.locator(chrome)).toBeHidden();
    }
    const breakBefore = (selector: string) =>
      page.locator(selector).evaluate((el) => getComputedStyle(el).breakBefore);
    // Each module starts a page, and so does every entry after the first in its module.
    expect(await breakBefore('section:has(> #module-foundations)')).toBe('page');
    expect(await breakBefore('#posts-learning-in-public')).toBe('page');
    const link = page.locator('#posts-learning-in-public a', { hasText: 'Read it online' });
    const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('/posts/learning-in-public/');
    expect(after).toMatch(/^"\s*\(https?:\/\//);
    // On screen the addresses stay out of the way.
    await page.emulateMedia({ media: 'screen' });
    expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
  });

  test('works from the keyboard: a contents link moves reading and focus to its entry', async ({
    page,
  }) => {
    await page.goto(path);
    const link = page.locator('.portfolio-toc a', { hasText: 'Checking my own words' });
    // Tab from the top of the page until the link has focus, as a keyboard user would.
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press('Tab');
      if (await link.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#posts-checking-my-own-words$/);
    const entry = page.locator('#posts-checking-my-own-words');
    await expect(entry.locator('h3')).toBeInViewport();
    // The next Tab continues inside that entry, not back at the contents.
    await page.keyboard.press('Tab');
    expect(
      await entry.evaluate((el) => el.contains(document.activeElement)),
      'focus moved into the entry',
    ).toBe(true);
  });
});

/** Every outline item with its depth (1 = top level), in document order. */
function flatten(
  items: { title: string; items: unknown[] }[],
  depth = 1,
): { title: string; depth: number }[] {
  return items.flatMap((item) => [
    { title: item.title, depth },
    ...flatten(item.items as { title: string; items: unknown[] }[], depth + 1),
  ]);
}

test.describe('npm run portfolio', () => {
  test.describe.configure({ timeout: 180_000 });

  test('writes a tagged PDF with an outline entry per entry, its language and the transcripts', async ({
    page,
  }) => {
    const pdf = join(root, `dist/courses/${course}/portfolio.pdf`);
    rmSync(pdf, { force: true });
    const run = spawnSync(process.execPath, [join(root, 'scripts/portfolio.mjs'), course], {
      cwd: root,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain(`wrote dist/courses/${course}/portfolio.pdf`);
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);

    // What the PDF must hold comes from the built page itself.
    await page.goto(path);
    const lang = await page.locator('html').getAttribute('lang');
    const titles = await page.locator('.portfolio-entry h3').allTextContents();
    const modules = await page.locator('.portfolio-module > h2').allTextContents();

    const doc = await getDocument({
      data: new Uint8Array(readFileSync(pdf)),
      verbosity: 0,
    }).promise;

    // Tagged: marked content and a structure tree (StructTreeRoot) on every page.
    // pdf.js answers the /MarkInfo dictionary as a Map (its types say an object).
    const markInfo = (await doc.getMarkInfo()) as unknown as Map<string, unknown> | null;
    expect(markInfo?.get('Marked')).toBe(true);
    const roles = new Set<string>();
    const alts: string[] = [];
    const walk = (node: { role?: string; alt?: string; children?: unknown[] }) => {
      if (node.role) roles.add(node.role);
      if (node.alt) alts.push(node.alt);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    let text = '';
    let docLang: string | null = null;
    for (let n = 1; n <= doc.numPages; n++) {
      const pdfPage = await doc.getPage(n);
      const tree = await pdfPage.getStructTree();
      expect(tree, `page ${n} has a structure tree`).not.toBeNull();
      walk(tree);
      const content = await pdfPage.getTextContent();
      docLang ??= content.lang;
      text += content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('');
    }
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'Link', 'Figure'])
      expect(roles).toContain(role);
    // Images keep their alt text in the PDF's tags.
    const coverAlt = await page
      .locator('#posts-media-everyone-can-use figure.portfolio-cover img')
      .getAttribute('alt');
    expect(alts).toContain(coverAlt);

    // The document language (/Lang) is the page's.
    expect(lang).toBeTruthy();
    expect(docLang).toBe(lang);

    // The outline: the portfolio's title, the contents and each module; under the modules one
    // item per entry, in the page's order, each title whole.
    const outline = flatten((await doc.getOutline()) as never);
    expect(outline[0]).toEqual({ title: await page.locator('h1').textContent(), depth: 1 });
    expect(outline.filter((item) => item.depth === 2).map((item) => item.title)).toEqual([
      'Contents',
      ...modules,
    ]);
    expect(outline.filter((item) => item.depth === 3).map((item) => item.title)).toEqual(titles);

    // The transcripts are in the text, word for word.
    const words = text.replace(/\s+/g, ' ');
    const voiceNote = readFileSync(join(media, 'voice-note.transcript.txt'), 'utf8');
    expect(words).toContain(voiceNote.split('\n')[0]!.trim());
    expect(words).toContain(
      'Four crew members change the tyres while a fifth checks the front wing.',
    );
    expect(
      readFileSync(join(media, 'pit-stop.transcript.md'), 'utf8').replace(/\s+/g, ' '),
    ).toContain('Four crew members change the tyres while a fifth checks the front wing.');
  });

  test('names the courses when the course does not exist', () => {
    const run = spawnSync(
      process.execPath,
      [join(root, 'scripts/portfolio.mjs'), 'no-such-course'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `portfolio: no course "no-such-course": there is no content/courses/no-such-course.yaml (courses: ${course})`,
    );
  });
});
