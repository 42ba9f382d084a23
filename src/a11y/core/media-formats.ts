import type { GateConfig } from './config.ts';
import { DYNAMIC, type El } from './model.ts';
import { attr, contentByExtension, playerHost } from './policy.ts';
import { sharePageOf } from './share-pages.ts';
import { extensionOf, isImageElement } from './image-formats.ts';

/**
 * Video and audio a player cannot play: a file in a format most browsers do not play, or the
 * address of a page on a video or podcast site (`youtube.com/watch?v=…`), which is no media file
 * at all. Either way the reader gets a player that never starts, and its transcript's promise
 * ("watch the clip") is broken. `asset-target` reports both, in both layers.
 */

/**
 * Formats that Chrome, Firefox and Safari do not all play (MDN, "Media container formats"):
 * older Windows and camera containers. MOV and MKV are left out: most browsers play them when
 * they hold H.264, as a phone's MOV does.
 */
const UNPLAYABLE: Record<string, { kind: 'video' | 'audio'; name: string }> = {
  avi: { kind: 'video', name: 'AVI' },
  wmv: { kind: 'video', name: 'Windows Media' },
  asf: { kind: 'video', name: 'Windows Media' },
  flv: { kind: 'video', name: 'Flash video' },
  f4v: { kind: 'video', name: 'Flash video' },
  mpg: { kind: 'video', name: 'MPEG-1/2' },
  mpeg: { kind: 'video', name: 'MPEG-1/2' },
  vob: { kind: 'video', name: 'DVD video' },
  m2ts: { kind: 'video', name: 'AVCHD camera video' },
  mts: { kind: 'video', name: 'AVCHD camera video' },
  rm: { kind: 'video', name: 'RealMedia' },
  rmvb: { kind: 'video', name: 'RealMedia' },
  divx: { kind: 'video', name: 'DivX' },
  wma: { kind: 'audio', name: 'Windows Media audio' },
  aif: { kind: 'audio', name: 'AIFF' },
  aiff: { kind: 'audio', name: 'AIFF' },
  aifc: { kind: 'audio', name: 'AIFF' },
  amr: { kind: 'audio', name: 'AMR voice recording' },
  ra: { kind: 'audio', name: 'RealAudio' },
  ram: { kind: 'audio', name: 'RealAudio' },
  mid: { kind: 'audio', name: 'MIDI' },
  midi: { kind: 'audio', name: 'MIDI' },
  ape: { kind: 'audio', name: "Monkey's Audio" },
};

/** Streams and phone video a player may be given besides plain video and audio files. */
const STREAMS = new Set(['m3u8', 'mpd', '3gp']);

export const CONVERT_VIDEO =
  'convert it to MP4 (H.264) or WebM (HandBrake, or any video editor) and name that file';
export const CONVERT_AUDIO =
  'convert it to MP3, M4A or Ogg (Audacity, or any audio editor) and name that file';

export interface Unplayable {
  /** The element that names it (`<video>`, `<source>`, `<Video>`) and its URL. */
  tag: string;
  url: string;
  /** What it is, for the message: `an .avi file (AVI)`, `a page on www.youtube.com`. */
  what: string;
  /** A file format (convert it) or a page on a player host (embed the host's player). */
  problem: 'format' | 'page';
  kind: 'video' | 'audio';
  /** The file's own address, where the page's site gives one (Dropbox's `raw=1`). */
  file?: string;
}

function unplayableUrl(
  url: string,
  config: GateConfig,
  player: 'video' | 'audio',
): Omit<Unplayable, 'tag' | 'url'> | null {
  if (/^(?:data|blob):/i.test(url)) return null;
  const extension = extensionOf(url);
  const format = Object.hasOwn(UNPLAYABLE, extension) ? UNPLAYABLE[extension] : undefined;
  if (format)
    return {
      what: `${/^[aeiou]/.test(extension) ? 'an' : 'a'} .${extension} file (${format.name})`,
      problem: 'format',
      kind: format.kind,
    };
  // A clip shared from a file site: its share button gives a page (share-pages.ts), whatever
  // the name in its address (`…/note.mp3?dl=0`).
  const shared = sharePageOf(url);
  if (shared)
    return {
      what: `a page on ${shared.site}, not ${player === 'audio' ? 'an audio' : 'a video'} file`,
      problem: 'page',
      kind: player,
      ...(shared.file && { file: shared.file }),
    };
  // A media file, from any host (a video site's own files), plays.
  const content = contentByExtension(url);
  if (content === 'video' || content === 'audio' || STREAMS.has(extension)) return null;
  const host = playerHost(url, config);
  return host
    ? {
        what: `a page on ${host.host}, not ${host.plays === 'audio' ? 'an audio' : 'a video'} file`,
        problem: 'page',
        kind: host.plays,
      }
    : null;
}

/**
 * What makes a `<video>`, `<audio>`, `<Video>` or `<Audio>` play nothing, or undefined when one
 * of its sources can play (a `<source>` in another format is the browser's fallback) or when
 * its source is only known at render.
 */
export function unplayableMedia(el: El, config: GateConfig): Unplayable | undefined {
  const player =
    el.origin === 'component'
      ? el.name === 'Video' || el.name === 'Audio'
      : el.name === 'video' || el.name === 'audio';
  if (!player) return undefined;
  const named: { tag: string; url: string }[] = [];
  const add = (from: El) => {
    const src = attr(from, 'src');
    if (src === DYNAMIC) return false;
    if (typeof src === 'string' && src.trim())
      named.push({ tag: `<${from.name}>`, url: src.trim() });
    return true;
  };
  if (!add(el)) return undefined;
  if (el.origin !== 'component')
    for (const child of el.children)
      if (child.kind === 'element' && child.name === 'source' && !add(child)) return undefined;
  let first: Unplayable | undefined;
  for (const { tag, url } of named) {
    const why = unplayableUrl(url, config, /^audio$/i.test(el.name) ? 'audio' : 'video');
    if (!why) return undefined;
    first ??= { tag, url, ...why };
  }
  return first;
}

/**
 * A video or audio file where an image goes: `![Pit stop](./lap.webm)` (as GitHub's editor
 * shows an uploaded clip) or `<img src="/media/note.mp3">`, and on a built page Astro's
 * placeholder for such a Markdown image. Browsers show a broken image, and the clip plays for
 * nobody. The file's URL and what it holds, or undefined.
 */
export function mediaAsImage(
  el: El,
  url: string | undefined = typeof el.attrs.src === 'string' ? el.attrs.src : undefined,
  imageComponents: ReadonlySet<string> = new Set(),
): { url: string; kind: 'video' | 'audio' } | undefined {
  if (!isImageElement(el, imageComponents)) return undefined;
  if (url === undefined) return undefined;
  const kind = contentByExtension(url.trim());
  return kind === 'video' || kind === 'audio' ? { url: url.trim(), kind } : undefined;
}

/**
 * A video or podcast site's page where an image goes
 * (`![Pit stop talk](https://www.youtube.com/watch?v=…)`, as Obsidian and some editors embed a
 * video, or `<img src="https://open.spotify.com/episode/…">`): the browser gets a web page and
 * shows a broken image. The address, the host and what it plays, or undefined.
 */
export function playerPageImage(
  el: El,
  config: GateConfig,
): { url: string; host: string; plays: 'video' | 'audio' } | undefined {
  if (!isImageElement(el, config.imageComponents)) return undefined;
  const src = el.attrs.src;
  if (typeof src !== 'string' || !/^(?:https?:)?\/\//i.test(src.trim())) return undefined;
  // A thumbnail a video site serves (`i.ytimg.com/vi/…/hqdefault.jpg`) is an image.
  if (contentByExtension(src.trim().split(/[?#]/)[0]!) === 'image') return undefined;
  const player = playerHost(src, config);
  return player && { url: src.trim(), ...player };
}
