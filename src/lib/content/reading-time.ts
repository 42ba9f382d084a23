import { FRONTMATTER } from './frontmatter-block.ts';

/** Words a minute for reflective prose; the common estimate used by Medium and others. */
const WORDS_PER_MINUTE = 220;

/** Counts the words a reader reads: code, markup, import lines and JSX tags do not count. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(FRONTMATTER, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|-]/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Words and minutes to read them ("4 min read"); never less than one minute. */
export function readingTime(markdown: string): { words: number; minutes: number } {
  const words = countWords(markdown);
  return { words, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
