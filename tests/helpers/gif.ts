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
