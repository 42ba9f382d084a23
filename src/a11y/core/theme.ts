/**
 * The colours text is read in and on, in each of the site's schemes: `--text`, `--bg` and the
 * links' `--accent` of src/styles/global.css, where every colour is a light-dark() pair. Written here so the gate
 * needs no style sheet; a unit test reads the style sheet and fails when the two differ.
 */
export const THEME = {
  light: { text: '#1c1e21', background: '#ffffff', link: '#0b5cad' },
  dark: { text: '#e8e9eb', background: '#14161a', link: '#8cc4ff' },
} as const;

export type Scheme = keyof typeof THEME;
export const SCHEMES: Scheme[] = ['light', 'dark'];
