import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeParts } from '../../src/lib/util/write-parts.ts';

describe('writeParts', () => {
  it('writes exactly the joined text, in UTF-8, whatever the sizes of the parts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-parts-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const parts = [
      '<?xml version="1.0"?>',
      // Many small parts, with characters of two, three and four bytes in UTF-8.
      ...Array.from({ length: 5000 }, (_, i) => `<item>é ✓ 🏎️ ${i}</item>`),
      // A long part of one-byte characters: fits the buffer, though not by the 3-bytes bound.
      `<item>${'x'.repeat(120_000)}</item>`,
      // One part larger than a chunk and its buffer (a very long entry).
      `<item>${'ب'.repeat(300_000)}</item>`,
      '</channel></rss>',
    ];
    const file = join(dir, 'tags/pln/rss.xml');
    writeParts(file, parts);
    expect(readFileSync(file, 'utf8')).toBe(parts.join(''));
    // A second, shorter document replaces the first entirely.
    writeParts(file, ['<rss/>']);
    expect(readFileSync(file, 'utf8')).toBe('<rss/>');
  });
});
