/**
 * A part of an address with its percent-escapes decoded (`Week%208` is `Week 8`), or as written
 * where an escape is broken (`100%`): what a browser and a static host make of it, without the
 * URIError `decodeURIComponent` throws for a stray `%`.
 */
export function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
