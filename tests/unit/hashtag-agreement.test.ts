import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCheckout, hashtagsOf } from '../../scripts/hashtag-agreement.ts';
import { projectRoot } from '../helpers/build-fixture.ts';

/** A checkout with hashtag_master's layout: a tweet, its hashtag, then its segmentations. */
function checkout(rows: string[][]): string {
  const root = mkdtempSync(join(tmpdir(), 'hashtag-master-'));
  mkdirSync(join(root, 'data/our_dataset'), { recursive: true });
  writeFileSync(
    join(root, 'data/our_dataset/test_corrected.tsv'),
    rows.map((row) => row.join('\t')).join('\n'),
  );
  return root;
}

describe('npm run agreement:hashtags', () => {
  it('reads each hashtag the rule judges once, with its first segmentation', () => {
    expect(
      hashtagsOf(
        [
          'Go #greenracing\tgreenracing\tgreen racing\tGreen Racing',
          'Again #GreenRacing\tGreenRacing\tGreen Racing',
          'Once more #greenracing\tgreenracing\tgreen racing',
          '#F1 today\tF1\tF1',
          '#tbt\ttbt\ttbt',
        ].join('\n'),
      ),
    ).toEqual([{ hashtag: 'greenracing', words: 'green racing' }]);
  });

  it("counts the rule's warnings against the words a person split each hashtag into", async () => {
    const root = checkout([
      ['Go #greenracing', 'greenracing', 'green racing'],
      ['Go #netzero', 'netzero', 'net zero'],
      ['Go #dropbox', 'dropbox', 'Dropbox'],
      ['Go #sustainability', 'sustainability', 'sustainability'],
      ['Go #verstappen', 'verstappen', 'verstappen'],
      ['Go #cyberwar', 'cyberwar', 'cyber war'],
    ]);
    expect(await compareCheckout(root)).toEqual({
      hashtags: 6,
      ofSeveralWords: 3,
      warned: 3,
      right: 2,
      exact: 2,
      wrong: ['#dropbox → #DropBox (one word: Dropbox)'],
    });
  });

  it('says what it needs when the folder is no clone of hashtag_master', () => {
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/hashtag-agreement.ts'), tmpdir()],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('give a clone of hashtag_master');
  });
});
