import { describe, expect, it } from 'vitest';
import { computerPath, localServerPath } from '../../src/lib/site/computer-path.ts';

describe('computerPath', () => {
  it('finds the files of a computer, as editors and file managers paste them', () => {
    expect(computerPath('C:\\Users\\sam\\Pictures\\pit.png')).toEqual({
      name: 'pit.png',
      home: false,
    });
    expect(computerPath('d:/Photos/pit.png')).toEqual({ name: 'pit.png', home: false });
    expect(computerPath('C:%5CUsers%5Csam%5Cpit.png')).toEqual({ name: 'pit.png', home: false });
    expect(computerPath('\\\\school-nas\\shared\\rubric.pdf')).toEqual({
      name: 'rubric.pdf',
      home: false,
    });
    expect(computerPath('file:///Users/sam/My%20notes.pdf')).toEqual({
      name: 'My notes.pdf',
      home: false,
    });
    expect(computerPath('/Users/sam/Desktop/pit.png')).toEqual({ name: 'pit.png', home: true });
    expect(computerPath('/home/sam/pit.png')).toEqual({ name: 'pit.png', home: true });
    expect(computerPath('/mnt/c/Users/sam/pit.png')).toEqual({ name: 'pit.png', home: true });
    expect(computerPath('/Volumes/USB/pit.png')).toEqual({ name: 'pit.png', home: true });
  });

  it('leaves the addresses of a site and the web alone', () => {
    for (const url of [
      'https://example.org/C:/pit.png',
      '/media/pit.png',
      './pit.png',
      '../pit.png',
      'mailto:sam@example.org',
      'c:notes',
      '/users/',
      '/home/',
      '#top',
    ])
      expect(computerPath(url), url).toBeUndefined();
  });
});

describe('localServerPath', () => {
  it('gives the site’s own address for one copied from the browser while npm run dev ran', () => {
    expect(localServerPath('http://localhost:4321/posts/week-2/')).toBe('/posts/week-2/');
    expect(localServerPath('http://127.0.0.1:4321/guides/plan/?tab=2#step-3')).toBe(
      '/guides/plan/?tab=2#step-3',
    );
    expect(localServerPath('http://[::1]:4321/about/')).toBe('/about/');
    expect(localServerPath('https://commonplace.localhost/tags/')).toBe('/tags/');
    // Cloud workspaces' forwarded ports, which answer only their owner.
    expect(localServerPath('https://sam-pln-4x9q-4321.app.github.dev/posts/a/')).toBe('/posts/a/');
    expect(localServerPath('https://4321-sam-pln-abc123.ws-eu110.gitpod.io/posts/a/')).toBe(
      '/posts/a/',
    );
    // Without the site's base, which the fix's own writing adds where it is needed.
    expect(localServerPath('http://localhost:4321/my-blog/posts/a/', '/my-blog')).toBe('/posts/a/');
    // An image the dev server made is a file on the writer's computer.
    expect(localServerPath('http://localhost:4321/_image?href=%2F%40fs%2Fpit.png')).toBeUndefined();
    expect(
      computerPath('http://localhost:4321/_image?href=%2F%40fs%2Fhome%2Fpit.png%3Fw%3D8'),
    ).toEqual({
      name: 'pit.png',
      home: false,
    });
  });

  it('leaves other servers alone', () => {
    for (const url of [
      'https://example.org/posts/',
      'http://localhostess.org/',
      '/posts/',
      'localhost:4321',
      'https://github.dev/sam/pln',
      'https://www.gitpod.io/docs',
    ])
      expect(localServerPath(url), url).toBeUndefined();
  });
});
