import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/a11y/writing/text-language.ts';

describe('readText', () => {
  it('names the language of text written without spaces', () => {
    const chinese =
      '這週我只問了我的網絡一個問題：一級方程式賽車如何減少排放？回答來自三種語言，比我在課程中讀過的任何文章都教會了我更多。下週我會問誰在對話中缺席。';
    expect(readText(`${chinese} Astro, Mastodon, the FIA.`, 'en')).toEqual({
      english: false,
      lang: 'zh',
    });
  });

  it('keeps a post in another language that quotes English sources as it says', () => {
    const german =
      'Im Kurs haben wir den Artikel „The network is the learning“ gelesen. Der Satz „we learn with the people we follow“ hat mich nachdenklich gemacht, denn mein Netzwerk ist klein und fast nur deutschsprachig. Diese Woche habe ich drei neue Stimmen gefunden, die über Nachhaltigkeit im Motorsport schreiben, und ich habe jeder von ihnen eine Frage gestellt.';
    expect(readText(german, 'de')).toEqual({ english: false });
  });

  it('believes franc only in the script the text is written in', () => {
    // franc reads this Chinese sentence, with its English names, as French.
    const mixed =
      '在这个部分中，你将使用 Kontent.ai TypeScript SDK 将你的 Kontent.ai 项目连接到 Astro 应用程序。';
    expect(readText(mixed, 'en', { minWords: 25, englishShare: Number.MIN_VALUE })).toBeUndefined();
  });

  it('says nothing about text too short to tell', () => {
    expect(readText('Hoy aprendí algo nuevo sobre mi red.', 'en')).toBeUndefined();
    expect(readText('Today I learned something new about my network.', 'de')).toBeUndefined();
  });
});
