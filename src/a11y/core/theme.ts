/**
 * The colours text is read in and on, in each of the site's schemes: `--text`, `--bg`, the
 * links' `--accent`, and the surfaces a post's text can sit on (`--surface` behind code,
 * `--note`, `--tip` and `--warning` behind callouts) of src/styles/global.css, where every
 * colour is a light-dark() pair. Written here so the gate
 * needs no style sheet; a unit test reads the style sheet and fails when the two differ.
 */
export const THEME = {
  light: {
    text: '#1c1e21',
    background: '#ffffff',
    link: '#0b5cad',
    surface: '#f4f5f7',
    note: '#e8f1fb',
    tip: '#e6f4ea',
    warning: '#fdf0e0',
  },
  dark: {
    text: '#e8e9eb',
    background: '#14161a',
    link: '#8cc4ff',
    surface: '#1f2228',
    note: '#1a2a3d',
    tip: '#17301f',
    warning: '#3a2a12',
  },
} as const;

export type Scheme = keyof typeof THEME;
export const SCHEMES: Scheme[] = ['light', 'dark'];
