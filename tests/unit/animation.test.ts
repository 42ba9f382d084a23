import { describe, expect, it } from 'vitest';
import { animation, mayAnimate, movingSeconds } from '../../src/lib/media/animation.ts';
import { apng, gif, webp } from '../helpers/images.ts';

const motion = (bytes: Buffer) => {
  const read = animation(bytes);
  return read && { frames: read.frames, seconds: read.seconds, plays: read.plays };
};

describe('animation: a GIF', () => {
  it('reads frames, delays and the loop count', () => {
    expect(animation(gif({ delays: [50, 50, 50], loop: 0 }))).toEqual({
      format: 'gif',
      frames: 3,
      seconds: 1.5,
      plays: Infinity,
    });
    expect(motion(gif({ delays: [100, 100], loop: 2 }))).toEqual({
      frames: 2,
      seconds: 2,
      plays: 3,
    });
    // No NETSCAPE2.0 block: it plays once. A delay of 0 shows as 0.1 s.
    expect(motion(gif({ delays: [0, 0, 0, 0] }))).toEqual({ frames: 4, seconds: 0.4, plays: 1 });
    expect(motion(gif({ delays: [0] }))).toEqual({ frames: 1, seconds: 0.1, plays: 1 });
  });

  it('says how long a reader watches it move', () => {
    expect(movingSeconds(animation(gif({ delays: [50, 50], loop: 0 }))!)).toBe(Infinity);
    expect(movingSeconds(animation(gif({ delays: [100, 100], loop: 2 }))!)).toBe(6);
    expect(movingSeconds(animation(gif({ delays: [100, 100] }))!)).toBe(2);
    // Once the build turns it into a WebP, it loops forever (Astro's sharp service, loop: 0).
    expect(movingSeconds(animation(gif({ delays: [100, 100] }))!, true)).toBe(Infinity);
    // A still GIF never moves, however it is served.
    expect(movingSeconds(animation(gif({ delays: [0], loop: 0 }))!, true)).toBe(0);
  });

  it('reads no motion from what is not a whole GIF', () => {
    expect(animation(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toBeUndefined();
    const whole = gif({ delays: [50, 50], loop: 0 });
    expect(animation(whole.subarray(0, whole.length - 6))).toBeUndefined();
  });
});

describe('animation: a WebP and an APNG', () => {
  it("reads an animated WebP's frames, durations and loop count (0 forever, n plays n times)", () => {
    expect(animation(webp({ durations: [1000, 1000, 1000], loop: 0 }))).toEqual({
      format: 'webp',
      frames: 3,
      seconds: 3,
      plays: Infinity,
    });
    expect(motion(webp({ durations: [1500, 1500], loop: 2 }))).toEqual({
      frames: 2,
      seconds: 3,
      plays: 2,
    });
    // A duration of 10 ms or less shows as 100 ms, as a GIF's does.
    expect(motion(webp({ durations: [0, 10], loop: 1 }))).toEqual({
      frames: 2,
      seconds: 0.2,
      plays: 1,
    });
    expect(movingSeconds(animation(webp({ durations: [1500, 1500], loop: 2 }))!)).toBe(6);
    const whole = webp({ durations: [100, 100], loop: 0 });
    expect(animation(whole.subarray(0, whole.length - 4))).toBeUndefined();
  });

  it("reads an APNG's frames, delays and play count, and no motion from a still PNG", () => {
    expect(
      animation(
        apng({
          delays: [
            [1, 1],
            [1, 2],
          ],
          plays: 0,
        }),
      ),
    ).toEqual({
      format: 'apng',
      frames: 2,
      seconds: 1.5,
      plays: Infinity,
    });
    // A denominator of 0 means hundredths; a delay of 0 shows as 0.1 s.
    expect(
      motion(
        apng({
          delays: [
            [300, 0],
            [0, 1],
          ],
          plays: 2,
        }),
      ),
    ).toEqual({
      frames: 2,
      seconds: 3.1,
      plays: 2,
    });
    expect(animation(apng({}))).toBeUndefined();
    const whole = apng({
      delays: [
        [1, 1],
        [1, 1],
      ],
    });
    expect(animation(whole.subarray(0, whole.length - 12))).toBeUndefined();
  });

  it('tells from the first bytes which pictures may move, so a photo is not read whole', () => {
    expect(mayAnimate(gif({ delays: [0] }).subarray(0, 16))).toBe(true);
    expect(mayAnimate(webp({ durations: [100, 100], loop: 0 }).subarray(0, 32))).toBe(true);
    expect(
      mayAnimate(
        apng({
          delays: [
            [1, 1],
            [1, 1],
          ],
        }),
      ),
    ).toBe(true);
    expect(mayAnimate(apng({}))).toBe(false);
    // A still WebP: a VP8X header without the animation flag, or a plain VP8 one.
    const still = webp({ durations: [], loop: 0 });
    still[20] = 0;
    expect(mayAnimate(still)).toBe(false);
    expect(mayAnimate(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe(false);
    expect(mayAnimate(Buffer.from('\xff\xd8\xff\xe0', 'latin1'))).toBe(false);
  });
});
