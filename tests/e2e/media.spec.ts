import { expect, test, type Page } from '@playwright/test';
import { wcagContrast } from 'culori';
import { srtToVtt } from '../../src/lib/media/transcript-text.ts';
import { PRINTED_WIDTH } from './pages.ts';

/**
 * What Chromium's own WebVTT parser makes of the first `<video>`'s captions track: each cue's
 * start, end and text. A track loads its cues only once shown.
 */
async function cues(page: Page): Promise<[number, number, string][]> {
  return page.evaluate(async () => {
    const track = document.querySelector('video')!.textTracks[0]!;
    track.mode = 'showing';
    for (let i = 0; i < 100 && !track.cues?.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    return [...(track.cues ?? [])].map((cue) => [cue.startTime, cue.endTime, (cue as VTTCue).text]);
  });
}

test('the example video’s captions file plays as its captions track', async ({ page }) => {
  await page.goto('/posts/media-everyone-can-use/');
  const read = await cues(page);
  expect(read.length).toBeGreaterThan(1);
  expect(read[1]).toEqual([
    2,
    4,
    'Four crew members change the tyres; the counter reaches 2.4 seconds.',
  ]);
});

test('a SubRip file, as transcription tools export it, becomes captions the browser reads', async ({
  page,
}) => {
  // As Otter and YouTube Studio save it: Windows line ends, a byte order mark, a one-digit
  // hour, a position tag. The Video component puts srtToVtt's WebVTT in a data: URL, as here.
  const srt =
    '\uFEFF1\r\n0:00:01,000 --> 0:00:04,250\r\n{\\an8}Welcome to the pit lane.\r\n\r\n2\r\n00:00:04,500 --> 00:00:08,000\r\n<i>Today</i> we talk about tyres.\r\n';
  await page.goto('/');
  await page.setContent(
    `<video><track kind="captions" src="data:text/vtt;charset=utf-8,${encodeURIComponent(srtToVtt(srt))}"></video>`,
  );
  expect(await cues(page)).toEqual([
    [1, 4.25, 'Welcome to the pit lane.'],
    [4.5, 8, '<i>Today</i> we talk about tyres.'],
  ]);
  // The same file as written, which players do not read: the reason for the conversion.
  await page.setContent(
    `<video><track kind="captions" src="data:text/vtt;charset=utf-8,${encodeURIComponent(srt)}"></video>`,
  );
  expect(await cues(page)).toEqual([]);
});

for (const theme of ['the system’s dark scheme', 'the dark theme chosen on the page']) {
  test(`on paper, a post prints dark text on white, its transcripts open and not its players, in ${theme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/posts/media-everyone-can-use/');
    if (theme.includes('chosen')) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: 'Dark theme' }).click();
    }
    const transcript = page.locator('#video-1-transcript .transcript-body');
    // On screen the transcript waits behind its summary.
    await expect(transcript).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    // A print leaves backgrounds out, so what counts is the text against white paper.
    const colours = await page.evaluate(() =>
      ['main p', 'main a', 'main h1', '.transcript summary'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).color,
      ),
    );
    for (const colour of colours)
      expect(wcagContrast(colour, 'white'), colour).toBeGreaterThan(4.5);
    // A player cannot play on paper: its transcript prints, though the disclosure is closed.
    await expect(transcript).toBeVisible();
    await expect(page.locator('#video-1-transcript')).not.toHaveAttribute('open');
    await expect(transcript).toContainText('Soft electronic music');
    // The players themselves are left out: on paper they are empty boxes.
    await expect(page.locator('main video')).toBeHidden();
    await expect(page.locator('main audio')).toBeHidden();
  });
}

test('on paper, a code block prints on its own background, its long line wrapped', async ({
  page,
}) => {
  await page.setViewportSize({ width: PRINTED_WIDTH, height: 1000 });
  await page.goto('/posts/alt-text-that-helps/');
  const code = page.locator('main pre');
  await expect(code).toContainText('![A mechanic carries a fresh tyre');
  await page.emulateMedia({ media: 'print' });
  const printed = await code.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      adjust: style.printColorAdjust,
      text: style.color,
      background: style.backgroundColor,
      overflow: el.scrollWidth - el.clientWidth,
    };
  });
  // Its background is printed, not left out, so its pale text stays readable.
  expect(printed.adjust).toBe('exact');
  expect(wcagContrast(printed.text, printed.background)).toBeGreaterThan(4.5);
  expect(printed.overflow).toBeLessThanOrEqual(0);
});
