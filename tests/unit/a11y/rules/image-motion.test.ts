import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../../../src/a11y/run/parallel.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { post, project } from '../project.ts';
import { apng, gif, webp } from '../../../helpers/images.ts';

const RULE = 'image-motion';

/** `npm run check` over one post and the GIFs named, beside it or in public/: rule, line: message. */
async function check(body: string, gifs: Record<string, Buffer>, ext = 'md', rule = RULE) {
  const root = project({
    [`content/posts/lap.${ext}`]: post(body),
    'public/media/lap.webm': 'webm',
  });
  for (const [path, bytes] of Object.entries(gifs)) writeFileSync(join(root, path), bytes);
  const { problems } = await checkSources([join(root, 'content')], gateConfig(), root);
  return problems
    .filter((p) => p.ruleId === rule)
    .map((p) => `${p.line} ${p.severity} ${p.message}`);
}

const fix =
  'and a reader cannot pause it: use a still image, or make it a video a reader can pause, <video src="…" controls muted loop></video>, with a line after it saying what it shows';

describe('image-motion', () => {
  it('reports an animated GIF beside the entry, which the build makes loop forever', async () => {
    // It plays once, for a second: the WebP the build writes loops forever.
    const once = gif({ delays: [50, 50] });
    for (const ext of ['md', 'mdx'])
      expect(
        await check('![A wheel gun spinning](./spin.gif)', { 'content/posts/spin.gif': once }, ext),
      ).toEqual([
        `7 error Image ./spin.gif is an animated GIF, which the build turns into a picture that loops forever, ${fix}`,
      ]);
  });

  it('reports a GIF from public/ by its own frames and loop count', async () => {
    const gifs = {
      'public/forever.gif': gif({ delays: [50, 50], loop: 0 }),
      'public/six.gif': gif({ delays: [100, 100], loop: 2 }),
      'public/short.gif': gif({ delays: [100, 100] }),
    };
    expect(
      await check(
        '![A lap](/forever.gif)\n\n<img src="/six.gif" alt="A pit stop" />\n\n![A flag](/short.gif)',
        gifs,
      ),
    ).toEqual([
      `7 error Image /forever.gif is an animated GIF that loops forever, ${fix}`,
      `9 error <img> src="/six.gif" is an animated GIF that moves for 6 seconds, ${fix}`,
    ]);
  });

  it('passes a still GIF, and the fixes it gives', async () => {
    const still = gif({ delays: [0], loop: 0 });
    expect(
      await check('![The pit board](./board.gif)\n\n![The pit board](/board.gif)', {
        'content/posts/board.gif': still,
        'public/board.gif': still,
      }),
    ).toEqual([]);
    const video =
      '<video src="/media/lap.webm" controls muted loop></video>\n\nThe video above shows a wheel gun spinning.';
    for (const rule of [RULE, 'media-autoplay', 'media-transcript', 'asset-target'])
      expect(await check(video, {}, 'md', rule), rule).toEqual([]);
  });

  it('reports an animated WebP or APNG by what the build publishes: a WebP as it is, an APNG still beside the entry', async () => {
    const pictures = {
      // Beside the entry, a WebP keeps its frames and loop count through the build.
      'content/posts/six.webp': webp({ durations: [1500, 1500], loop: 2 }),
      'content/posts/short.webp': webp({ durations: [1000, 1000], loop: 1 }),
      // The build's image library reads an APNG's first frame only: it is published still.
      'content/posts/spin.png': apng({
        delays: [
          [1, 10],
          [1, 10],
        ],
        plays: 0,
      }),
      'public/forever.webp': webp({ durations: [100, 100], loop: 0 }),
      'public/spin.png': apng({
        delays: [
          [1, 10],
          [1, 10],
        ],
        plays: 0,
      }),
      'public/still.png': apng({}),
    };
    expect(
      await check(
        [
          '![A pit stop](./six.webp)',
          '![A flag](./short.webp)',
          '![A wheel gun](./spin.png)',
          '![A lap](/forever.webp)',
          '<img src="/spin.png" alt="A wheel gun" />',
          '![The pit board](/still.png)',
        ].join('\n\n'),
        pictures,
      ),
    ).toEqual([
      `7 error Image ./six.webp is an animated WebP that moves for 6 seconds, ${fix}`,
      `13 error Image /forever.webp is an animated WebP that loops forever, ${fix}`,
      `15 error <img> src="/spin.png" is an animated PNG (APNG) that loops forever, ${fix}`,
    ]);
  });
});
