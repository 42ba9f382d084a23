import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** About 64 KB at a time: small enough to be short-lived garbage, large enough for few writes. */
const CHUNK = 64 * 1024;
/**
 * Where each chunk is encoded before it is written, reused: a new buffer per chunk is memory
 * outside the heap until a collection frees it (37 MB of them over a 4,000-post site's feeds).
 */
const scratch = Buffer.allocUnsafe(4 * CHUNK);

/**
 * Writes a document given in parts (creating its folder), as UTF-8, a chunk of parts at a time,
 * never as one string. A feed of a big site is tens of MB: built as one string, then a buffer,
 * it stayed in the build's heap until its next full garbage collection, which a heap as large
 * as Astro's puts off (README "One worker for both layers": the feeds grew the build's largest
 * process by 125 MiB at 1,000 posts, 31 MiB written this way). Synchronous: the parts are in
 * memory already, and nothing on this thread waits meanwhile (Pagefind and the gate's worker
 * run beside it).
 */
export function writeParts(file: string, parts: Iterable<string>): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    let chunk: string[] = [];
    let size = 0;
    const flush = () => {
      const text = chunk.join('');
      // A chunk holds whole parts, so one very large part can outgrow the scratch. A UTF-16 unit
      // takes at most 3 bytes in UTF-8, so most chunks are known to fit without counting.
      const fits = text.length * 3 <= scratch.length || Buffer.byteLength(text) <= scratch.length;
      const bytes = fits ? scratch.subarray(0, scratch.write(text)) : Buffer.from(text);
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
      chunk = [];
      size = 0;
    };
    for (const part of parts) {
      chunk.push(part);
      size += part.length;
      if (size >= CHUNK) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}
