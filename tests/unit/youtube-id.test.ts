import { describe, expect, it } from 'vitest';
import { youTubeId } from '../../src/lib/media/youtube-id.ts';

describe('youTubeId', () => {
  it('takes an id as it is', () => {
    expect(youTubeId('dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(youTubeId(' a-b_c1234XY ')).toBe('a-b_c1234XY');
  });

  it('finds the id in every address a browser shows for a video', () => {
    for (const address of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL1',
      'https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://music.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ?si=abc&t=10',
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ?start=5',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://www.youtube.com/live/dQw4w9WgXcQ',
      'www.youtube.com/watch?v=dQw4w9WgXcQ',
      'youtu.be/dQw4w9WgXcQ',
    ])
      expect(youTubeId(address), address).toBe('dQw4w9WgXcQ');
  });

  it('refuses what names no video', () => {
    for (const value of [
      '',
      'season review',
      'dQw4w9WgXc',
      'dQw4w9WgXcQQ',
      'https://www.youtube.com/',
      'https://www.youtube.com/@channel',
      'https://www.youtube.com/playlist?list=PL1',
      'https://vimeo.com/123456789',
      'https://notyoutube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/',
    ])
      expect(youTubeId(value), value).toBeUndefined();
  });
});
