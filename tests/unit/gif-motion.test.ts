import { describe, expect, it } from 'vitest';
import { gifMotion, movingSeconds } from '../../src/lib/media/gif-motion.ts';
import { gif } from '../helpers/gif.ts';

describe('gifMotion', () => {
  it('reads frames, delays and the loop count', () => {
    expect(gifMotion(gif({ delays: [50, 50, 50], loop: 0 }))).toEqual({
      frames: 3,
      seconds: 1.5,
      plays: Infinity,
    });
    expect(gifMotion(gif({ delays: [100, 100], loop: 2 }))).toEqual({
      frames: 2,
      seconds: 2,
      plays: 3,
    });
    // No NETSCAPE2.0 block: it plays once. A delay of 0 shows as 0.1 s.
    expect(gifMotion(gif({ delays: [0, 0, 0, 0] }))).toEqual({ frames: 4, seconds: 0.4, plays: 1 });
    expect(gifMotion(gif({ delays: [0] }))).toEqual({ frames: 1, seconds: 0.1, plays: 1 });
  });

  it('says how long a reader watches it move', () => {
    expect(movingSeconds(gifMotion(gif({ delays: [50, 50], loop: 0 }))!)).toBe(Infinity);
    expect(movingSeconds(gifMotion(gif({ delays: [100, 100], loop: 2 }))!)).toBe(6);
    expect(movingSeconds(gifMotion(gif({ delays: [100, 100] }))!)).toBe(2);
    // Once the build turns it into a WebP, it loops forever (Astro's sharp service, loop: 0).
    expect(movingSeconds(gifMotion(gif({ delays: [100, 100] }))!, true)).toBe(Infinity);
    // A still GIF never moves, however it is served.
    expect(movingSeconds(gifMotion(gif({ delays: [0], loop: 0 }))!, true)).toBe(0);
  });

  it('reads no motion from what is not a whole GIF', () => {
    expect(gifMotion(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toBeUndefined();
    const whole = gif({ delays: [50, 50], loop: 0 });
    expect(gifMotion(whole.subarray(0, whole.length - 6))).toBeUndefined();
  });
});
