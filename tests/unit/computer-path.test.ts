import { describe, expect, it } from 'vitest';
import { computerPath } from '../../src/lib/site/computer-path.ts';

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
