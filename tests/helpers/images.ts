/** Tiny image files built byte by byte, for tests that need real pictures beside an entry. */

/**
 * A tiny GIF89a, 1×1, with one frame per delay (hundredths of a second) and, with `loop`, the
 * NETSCAPE2.0 block that repeats it (0: forever). Each frame's pixel data is one valid LZW
 * stream; only the blocks matter to what reads its motion.
 */
export function gif({ delays, loop }: { delays: number[]; loop?: number }): Buffer {
  const parts: number[] = [
    ...Buffer.from('GIF89a', 'latin1'),
    1,
    0,
    1,
    0, // 1×1
    0x80,
    0,
    0, // a global colour table of two colours
    0,
    0,
    0,
    255,
    255,
    255,
  ];
  if (loop !== undefined)
    parts.push(
      0x21,
      0xff,
      11,
      ...Buffer.from('NETSCAPE2.0', 'latin1'),
      3,
      1,
      loop & 0xff,
      loop >> 8,
      0,
    );
  for (const delay of delays)
    parts.push(
      0x21,
      0xf9,
      4,
      0,
      delay & 0xff,
      delay >> 8,
      0,
      0, // graphic control: the frame's delay
      0x2c,
      0,
      0,
      0,
      0,
      1,
      0,
      1,
      0,
      0, // image descriptor, no local colour table
      2,
      2,
      0x44,
      0x01,
      0, // LZW: minimum code size 2, one sub-block, end
    );
  parts.push(0x3b);
  return Buffer.from(parts);
}

/**
 * A tiny animated WebP's chunks (RIFF): `VP8X` with the animation flag, `ANIM` with the loop
 * count (0: forever) and one `ANMF` per duration (milliseconds). The frames hold no picture: only
 * the chunks matter to what reads its motion.
 */
export function webp({ durations, loop }: { durations: number[]; loop: number }): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const size = Buffer.alloc(4);
    size.writeUInt32LE(data.length);
    return Buffer.concat([Buffer.from(type, 'latin1'), size, data, Buffer.alloc(data.length % 2)]);
  };
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x02;
  const anim = Buffer.alloc(6);
  anim.writeUInt16LE(loop, 4);
  const frames = durations.map((ms) => {
    const frame = Buffer.alloc(16);
    frame.writeUIntLE(ms, 12, 3);
    return chunk('ANMF', frame);
  });
  const body = Buffer.concat([
    Buffer.from('WEBP', 'latin1'),
    chunk('VP8X', vp8x),
    chunk('ANIM', anim),
    ...frames,
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), size, body]);
}

/**
 * A tiny APNG's chunks: `acTL` with the play count (0: forever), then one `fcTL` per delay
 * (`[numerator, denominator]` of a second), the first before the image data. Without `delays`,
 * a still PNG. CRCs are left 0: only the chunks matter to what reads its motion.
 */
export function apng({
  delays,
  plays = 0,
}: {
  delays?: [number, number][];
  plays?: number;
}): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const size = Buffer.alloc(4);
    size.writeUInt32BE(data.length);
    return Buffer.concat([size, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const parts = [Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), chunk('IHDR', Buffer.alloc(13))];
  if (delays) {
    const actl = Buffer.alloc(8);
    actl.writeUInt32BE(delays.length, 0);
    actl.writeUInt32BE(plays, 4);
    parts.push(chunk('acTL', actl));
  }
  (delays ?? [undefined]).forEach((delay, i) => {
    if (delay) {
      const fctl = Buffer.alloc(26);
      fctl.writeUInt32BE(i * 2, 0);
      fctl.writeUInt16BE(delay[0], 20);
      fctl.writeUInt16BE(delay[1], 22);
      parts.push(chunk('fcTL', fctl));
    }
    parts.push(chunk(i === 0 ? 'IDAT' : 'fdAT', Buffer.alloc(4)));
  });
  parts.push(chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** A one-pixel PNG: Astro reads an image beside an entry, so a test's picture must be one. */
export const ONE_PIXEL_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db40000000049454e44ae426082',
  'hex',
);
