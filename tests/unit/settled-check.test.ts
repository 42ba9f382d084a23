import { describe, expect, it } from 'vitest';
import { settledChecks } from '../../src/lib/util/settled-check.ts';

/** A file on a fake disk, and a check that counts words after a pause the test controls. */
function setup() {
  const disk = new Map<string, string>();
  const checked: string[] = [];
  /** Whether each check was told the file changed since its last check. */
  const changes: boolean[] = [];
  let release: Array<() => void> = [];
  const checks = settledChecks(
    async (file) => {
      const text = disk.get(file);
      if (text === undefined) throw new Error(`${file}: gone`);
      return text;
    },
    async (_file, text, changed) => {
      checked.push(text);
      changes.push(changed);
      await new Promise<void>((resolve) => release.push(resolve));
      return text === '' ? 'empty' : `words: ${text.split(' ').length}`;
    },
  );
  const finishAll = async () => {
    // Let each queued check start, then finish it, until none is left waiting.
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const now = release;
      release = [];
      now.forEach((resolve) => resolve());
    }
  };
  return { disk, checked, changes, check: checks.check, moved: checks.moved, finishAll };
}

describe('settledChecks', () => {
  it('answers with the text the file settled on when it changed during the check', async () => {
    const { disk, checked, changes, check, finishAll } = setup();
    disk.set('a.md', ''); // mid-save: truncated, not yet written
    const answer = check('a.md');
    await new Promise((resolve) => setTimeout(resolve, 0));
    disk.set('a.md', 'one two three'); // the write lands while the check runs
    await finishAll();
    expect(await answer).toBe('words: 3');
    expect(checked).toEqual(['', 'one two three']);
    // The second check is told the text changed, so what the caller keeps about it is stale.
    expect(changes).toEqual([false, true]);
  });

  it('runs one check of a file at a time and answers in the order asked', async () => {
    const { disk, check, finishAll } = setup();
    disk.set('a.md', 'one');
    const order: string[] = [];
    const first = check('a.md').then((r) => order.push(`first ${r}`));
    disk.set('a.md', 'one two');
    const second = check('a.md').then((r) => order.push(`second ${r}`));
    await finishAll();
    await Promise.all([first, second]);
    expect(order).toEqual(['first words: 2', 'second words: 2']);
  });

  it('checks different files side by side', async () => {
    const { disk, checked, check, finishAll } = setup();
    disk.set('a.md', 'a');
    disk.set('b.md', 'b b');
    const both = Promise.all([check('a.md'), check('b.md')]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(checked).toEqual(['a', 'b b']);
    await finishAll();
    expect(await both).toEqual(['words: 1', 'words: 2']);
  });

  it('rejects when the file is gone, and the next check of it still runs', async () => {
    const { disk, check, finishAll } = setup();
    const gone = check('a.md');
    await expect(gone).rejects.toThrow('a.md: gone');
    disk.set('a.md', 'back again');
    const back = check('a.md');
    await finishAll();
    expect(await back).toBe('words: 2');
  });

  it('still answers when the file never stops changing', async () => {
    const { disk, checked, check, finishAll } = setup();
    let n = 0;
    disk.set('a.md', 'x');
    const answer = check('a.md');
    const churn = setInterval(() => disk.set('a.md', `x ${'y '.repeat(++n)}`.trim()), 0);
    await finishAll();
    clearInterval(churn);
    await expect(answer).resolves.toMatch(/^words: \d+$/);
    expect(checked.length).toBeLessThanOrEqual(5);
  });

  it('tells when the file moved on after its last check, as a dropped watcher event leaves it', async () => {
    const { disk, check, moved, finishAll } = setup();
    disk.set('a.md', '');
    const answer = check('a.md');
    await finishAll();
    expect(await answer).toBe('empty');
    expect(await moved('a.md')).toBe(false);
    disk.set('a.md', 'written at last'); // the change the watcher threw away
    expect(await moved('a.md')).toBe(true);
    const again = check('a.md');
    await finishAll();
    expect(await again).toBe('words: 3');
    expect(await moved('a.md')).toBe(false);
    disk.delete('a.md');
    expect(await moved('a.md')).toBe(false);
  });
});
