/**
 * How long an animated picture moves, read from its file: its frames, each frame's delay and how
 * many times it plays. GIF, animated WebP and APNG, the three formats browsers animate in an
 * `<img>`. Browsers show a frame of 10 ms or less for 100 ms, and so is it counted here.
 * Undefined when the bytes are none of these, or end early (a broken file is the build's to
 * report).
 */
export interface Motion {
  format: 'gif' | 'webp' | 'apng';
  frames: number;
  /** One pass through the frames, in seconds. */
  seconds: number;
  /** How many times it plays: Infinity for forever. */
  plays: number;
}

/** A frame's delay as a browser shows it, in seconds. */
const shown = (seconds: number) => (seconds <= 0.01 ? 0.1 : seconds);

/**
 * Whether a file that starts with `head` may be animated, so that it is worth reading whole: any
 * GIF, a WebP whose `VP8X` header sets the animation flag, a PNG with an `acTL` chunk before its
 * image data (an APNG says so there). A photo is then read no further than its first bytes.
 */
export function mayAnimate(head: Buffer): boolean {
  if (/^GIF8[79]a/.test(head.toString('latin1', 0, 6))) return true;
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP')
    return head.toString('latin1', 12, 16) === 'VP8X' && ((head[20] ?? 0) & 0x02) !== 0;
  if (head.toString('latin1', 0, 8) !== '\x89PNG\r\n\x1a\n') return false;
  for (let at = 8; at + 8 <= head.length; at += 12 + head.readUInt32BE(at)) {
    const type = head.toString('latin1', at + 4, at + 8);
    if (type === 'acTL') return true;
    if (type === 'IDAT') return false;
  }
  // The head ended before the image data: only the whole file can say.
  return true;
}

/** The motion of a GIF, an animated WebP or an APNG, by its signature. */
export function animation(bytes: Buffer): Motion | undefined {
  return gifMotion(bytes) ?? webpMotion(bytes) ?? apngMotion(bytes);
}

/**
 * A GIF's blocks (GIF89a): each frame's delay (a Graphic Control Extension, in hundredths of a
 * second) and the NETSCAPE2.0 application extension's loop count (0 is forever; without one it
 * plays once, and a count of n repeats it n times after the first).
 */
export function gifMotion(bytes: Buffer): Motion | undefined {
  const signature = bytes.subarray(0, 6).toString('latin1');
  if (signature !== 'GIF89a' && signature !== 'GIF87a') return undefined;
  if (bytes.length < 13) return undefined;
  let at = 13;
  const packed = bytes[10]!;
  // A global colour table follows the screen descriptor: 3 × 2^(size + 1) bytes.
  if (packed & 0x80) at += 3 * 2 ** ((packed & 0x07) + 1);
  let frames = 0;
  let hundredths = 0;
  let plays = 1;
  let delay = 0;
  /** Skips data sub-blocks (a size byte, that many bytes, … a 0); false past the end. */
  const skipSubBlocks = (): boolean => {
    while (at < bytes.length) {
      const size = bytes[at]!;
      at += 1 + size;
      if (size === 0) return true;
    }
    return false;
  };
  while (at < bytes.length) {
    const block = bytes[at]!;
    if (block === 0x3b) return { format: 'gif', frames, seconds: hundredths / 100, plays };
    if (block === 0x21) {
      const label = bytes[at + 1];
      at += 2;
      if (label === 0xf9 && bytes[at] === 4) {
        delay = bytes.readUInt16LE(at + 2);
      } else if (
        label === 0xff &&
        bytes[at] === 11 &&
        /^(?:NETSCAPE2\.0|ANIMEXTS1\.0)$/.test(
          bytes.subarray(at + 1, at + 12).toString('latin1'),
        ) &&
        bytes[at + 12] === 3 &&
        bytes[at + 13] === 1
      ) {
        const count = bytes.readUInt16LE(at + 14);
        plays = count === 0 ? Infinity : count + 1;
      }
      if (!skipSubBlocks()) return undefined;
    } else if (block === 0x2c) {
      if (at + 10 > bytes.length) return undefined;
      const local = bytes[at + 9]!;
      at += 10;
      if (local & 0x80) at += 3 * 2 ** ((local & 0x07) + 1);
      at += 1; // the LZW minimum code size
      if (!skipSubBlocks()) return undefined;
      frames += 1;
      hundredths += delay <= 1 ? 10 : delay;
      delay = 0;
    } else return undefined;
  }
  return undefined;
}

/**
 * An animated WebP's chunks (RIFF): `ANIM`'s loop count (0 is forever, n plays it n times) and
 * each `ANMF` frame's duration in milliseconds. A WebP with no `ANMF` is still.
 */
export function webpMotion(bytes: Buffer): Motion | undefined {
  if (bytes.length < 12) return undefined;
  if (bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP')
    return undefined;
  let at = 12;
  let frames = 0;
  let seconds = 0;
  let plays = 1;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) return undefined;
    const type = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const data = at + 8;
    if (data + size > bytes.length) return undefined;
    if (type === 'ANIM' && size >= 6) {
      const count = bytes.readUInt16LE(data + 4);
      plays = count === 0 ? Infinity : count;
    } else if (type === 'ANMF' && size >= 16) {
      frames += 1;
      seconds += shown(bytes.readUIntLE(data + 12, 3) / 1000);
    }
    // Chunks are padded to an even length.
    at = data + size + (size % 2);
  }
  return { format: 'webp', frames: Math.max(frames, 1), seconds, plays: frames ? plays : 1 };
}

/**
 * An APNG's chunks: `acTL`'s play count (0 is forever) and each `fcTL` frame's delay, a
 * fraction of a second (a denominator of 0 means hundredths). A PNG with no `acTL` is still,
 * and is no APNG.
 */
export function apngMotion(bytes: Buffer): Motion | undefined {
  if (bytes.toString('latin1', 0, 8) !== '\x89PNG\r\n\x1a\n') return undefined;
  let at = 8;
  let animated = false;
  let frames = 0;
  let seconds = 0;
  let plays = 1;
  while (at + 8 <= bytes.length) {
    const size = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = at + 8;
    if (data + size + 4 > bytes.length) return undefined;
    if (type === 'IEND') return animated ? { format: 'apng', frames, seconds, plays } : undefined;
    if (type === 'acTL' && size >= 8) {
      animated = true;
      const count = bytes.readUInt32BE(data + 4);
      plays = count === 0 ? Infinity : count;
    } else if (type === 'fcTL' && size >= 26) {
      frames += 1;
      const denominator = bytes.readUInt16BE(data + 22) || 100;
      seconds += shown(bytes.readUInt16BE(data + 20) / denominator);
    }
    at = data + size + 4;
  }
  return undefined;
}

/**
 * How long a picture moves in front of a reader who cannot stop it, in seconds: 0 for a still
 * one, Infinity for one that loops forever (as every animated GIF does once Astro has turned it
 * into a WebP: `loopsForever`).
 */
export function movingSeconds(motion: Motion, loopsForever = false): number {
  if (motion.frames < 2) return 0;
  return loopsForever ? Infinity : motion.seconds * motion.plays;
}
