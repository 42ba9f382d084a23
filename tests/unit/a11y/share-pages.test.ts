import { describe, expect, it } from 'vitest';
import { sharePageImage } from '../../../src/a11y/core/share-pages.ts';
import type { El } from '../../../src/a11y/core/model.ts';

const img = (src: string): El => ({
  kind: 'element',
  name: 'img',
  origin: 'html',
  attrs: { src },
  spread: false,
  children: [],
  parent: undefined,
  offset: 0,
});
const site = (src: string) => sharePageImage(img(src))?.site;

describe('sharePageImage', () => {
  it('finds a photo or file site’s page given as an image, as a share button gives it', () => {
    expect(site('https://drive.google.com/file/d/1AbC/view?usp=sharing')).toBe('Google Drive');
    expect(site('https://drive.google.com/open?id=1AbC')).toBe('Google Drive');
    expect(site('https://docs.google.com/presentation/d/1AbC/edit')).toBe('Google Docs');
    expect(site('https://photos.app.goo.gl/xYz')).toBe('Google Photos');
    expect(site('https://www.dropbox.com/scl/fi/abc/pit.png?rlkey=k&dl=0')).toBe('Dropbox');
    expect(site('https://1drv.ms/i/s!Abc')).toBe('OneDrive');
    expect(site('https://www.icloud.com/photos/#0aBc')).toBe('iCloud');
    expect(site('https://www.instagram.com/p/C0ffee/')).toBe('Instagram');
    expect(site('https://pin.it/3xYz')).toBe('Pinterest');
    expect(site('https://www.pinterest.co.uk/pin/123/')).toBe('Pinterest');
    expect(site('https://unsplash.com/photos/a-race-car-xYz')).toBe('Unsplash');
    expect(site('https://imgur.com/a/xYz')).toBe('Imgur');
    expect(site('https://www.flickr.com/photos/sam/123/')).toBe('Flickr');
    expect(site('https://www.canva.com/design/DAF/view')).toBe('Canva');
  });

  it('names the picture by the page’s file name when it has one, and gives Dropbox’s file address', () => {
    expect(sharePageImage(img('https://www.dropbox.com/s/abc/pit%20lane.jpg?dl=0'))).toEqual({
      url: 'https://www.dropbox.com/s/abc/pit%20lane.jpg?dl=0',
      site: 'Dropbox',
      name: 'pit lane.jpg',
      file: 'https://www.dropbox.com/s/abc/pit%20lane.jpg?raw=1',
    });
    expect(sharePageImage(img('https://drive.google.com/file/d/1AbC/view'))?.name).toBe(
      'picture.png',
    );
  });

  it('leaves the addresses of the files themselves alone', () => {
    for (const src of [
      'https://drive.google.com/uc?export=view&id=1AbC',
      'https://drive.google.com/thumbnail?id=1AbC&sz=w1000',
      'https://docs.google.com/drawings/d/1AbC/export/png',
      'https://www.dropbox.com/s/abc/pit.png?raw=1',
      'https://www.dropbox.com/s/abc/pit.png?dl=1',
      'https://onedrive.live.com/download?resid=ABC',
      'https://www.instagram.com/p/C0ffee/media/?size=l',
      'https://images.unsplash.com/photo-123?w=800',
      'https://unsplash.com/photos/xYz/download',
      'https://i.imgur.com/abc.png',
      'https://imgur.com/abc.png',
      'https://live.staticflickr.com/65535/123_abc.jpg',
      'https://i.pinimg.com/736x/ab/cd/ef.jpg',
      '/media/pit.png',
    ])
      expect(site(src), src).toBeUndefined();
  });
});
