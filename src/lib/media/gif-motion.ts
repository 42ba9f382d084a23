/**
 * How long an animated GIF moves, read from its blocks (GIF89a): its frames, each frame's delay
 * (a Graphic Control Extension, in hundredths of a second) and how many times it plays (the
 * NETSCAPE2.0 application extension: 0 is forever; without one it plays once). Browsers show a
 * delay of 0 or 1 as 0.1 s, and so is it counted here. Undefined when the bytes are no GIF, or
 * it ends before its trailer (a broken file is the build's to report).
 */
export interface GifMotion {
  frames: number;
  /** One pass through the frames, in seconds. */
  seconds: number;
  /** How many times it plays: Infinity for forever. */
  plays: number;
}

export function gifMotion(bytes: Buffer): GifMotion | undefined {
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
    if (block === 0x3b) return { frames, seconds: hundredths / 100, plays };
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
 * How long a GIF moves in front of a reader who cannot stop it, in seconds: 0 for a still one,
 * Infinity for one that loops forever (as every animated GIF does once Astro has turned it into
 * a WebP: `loopsForever`).
 */
export function movingSeconds(motion: GifMotion, loopsForever = false): number {
  if (motion.frames < 2) return 0;
  return loopsForever ? Infinity : motion.seconds * motion.plays;
}
