import type { El, Model } from '../core/model.ts';
import {
  attr,
  isNotRendered,
  mediaKind,
  framePlayer,
  playerHost,
  scriptedPlayer,
  type CheckContext,
  type MediaKind,
  type Report,
} from '../core/policy.ts';
import { findTranscript, transcriptAtEachUse } from '../core/transcripts.ts';
import { basename, dirname, resolve } from 'node:path';
import {
  collectionOf,
  contentDirOf,
  ENTRY_COLLECTIONS,
  isEntryFile,
} from '../core/source-files.ts';
import type { GateRule } from '../core/rule.ts';
import { SAVE_AS_UTF8 } from '../../lib/util/utf16.ts';
import { caseFix } from '../../lib/util/files.ts';
import { youTubeId } from '../../lib/media/youtube-id.ts';

/**
 * What to do, in words that work in the file being checked: a `transcript` prop only on the
 * media components of an MDX file, `<Transcript>` only in MDX, plain HTML and Markdown forms in
 * `.md` files and built pages. Every suggestion is one the gate accepts and the page then shows.
 */
function howTo(el: El, kind: MediaKind, ctx: CheckContext, file = './name.transcript.md'): string {
  if (ctx.syntax === 'md') {
    return 'right after it, add a "Transcript" heading or a paragraph that starts "Transcript:", followed by the words, or a link to a page with the transcript';
  }
  if (ctx.syntax === 'html') {
    return 'put the transcript on the page right after the player (under a "Transcript" heading, or in a <details> whose summary says "Transcript"), point the player\'s aria-describedby at it, or link to it right after the player';
  }
  if (el.origin === 'component') {
    return 'add transcript="./name.transcript.md" (a file beside this one), put a <Transcript>…</Transcript> right after it, or link to the transcript right after it';
  }
  const component = kind === 'audio' ? 'Audio' : 'Video';
  if (kind === 'video' || kind === 'audio') {
    return `put a <Transcript>…</Transcript> right after it, link to the transcript right after it, or write <${component} src="…" transcript="${file}" /> instead`;
  }
  // YouTube's embed code, pasted: the site's <YouTube> takes its transcript as a prop.
  const id = el.name === 'iframe' ? youTubeId(String(attr(el, 'src') ?? '')) : undefined;
  if (id) {
    const title = attr(el, 'title');
    const named =
      typeof title === 'string' && title.trim() && !/^youtube video player$/i.test(title.trim())
        ? title.trim()
        : '…';
    return `put a <Transcript>…</Transcript> right after it, link to the transcript right after it, or write <YouTube id="${id}" title="${named}" transcript="${file}" /> instead`;
  }
  return 'put a <Transcript>…</Transcript> right after it, or link to the transcript right after it';
}

/**
 * `media-transcript`: every video, audio clip and embedded video player has a transcript a reader
 * gets on the page, in one of the forms of src/a11y/core/transcripts.ts (README "Accessibility
 * gate"). Captions alone are not a transcript, and muted video still needs one.
 */
export function checkMediaTranscript(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const kind = mediaKind(el, ctx.config);
    if (!kind || isNotRendered(el)) continue;
    const entry = transcriptEntry(el, ctx);
    if (entry)
      report(
        el,
        `${label(el, kind, ctx)} names transcript file ${entry.path}, which is in ${entry.folder} and so is an entry of its own, published and checked as a page: rename it to ${entry.rename}, which the site reads only as a transcript`,
      );
    const found = findTranscript(el, model, ctx);
    if (found.status === 'ok') continue;
    if (found.status === 'missing' && transcriptAtEachUse(el, model, ctx)) continue;
    const what = label(el, kind, ctx);
    // An audio transcript must be visible, not only off-screen (ACT 2eb176).
    const offScreen =
      kind === 'audio' || el.name === 'Audio'
        ? ' (an audio transcript must be visible, not off-screen)'
        : '';
    const how = howTo(
      el,
      kind,
      ctx,
      found.status === 'missing' && found.ignoredAttribute && found.ignoredAttribute !== '{…}'
        ? found.ignoredAttribute
        : undefined,
    );
    if (found.status === 'file-placeholder') {
      report(
        el,
        `${what} names transcript file ${found.path}, which says only ${quoted(found.placeholder)}, a placeholder, not a transcript: write the transcript into it`,
      );
    } else if (found.status === 'file-outside' || found.status === 'file-not-text') {
      const why =
        found.status === 'file-outside'
          ? 'which is outside this project'
          : 'which is not a transcript file (.md, .txt, .vtt or .srt)';
      report(
        el,
        `${what} names transcript file ${found.path}, ${why}, and the build never reads it onto the page: write the transcript into a file beside this one, such as ./${el.name === 'Audio' ? 'voice-note' : 'clip'}.transcript.md, and name that`,
      );
    } else if (found.status === 'file-utf16') {
      report(
        el,
        `${what} names transcript file ${found.path}, which is saved as UTF-16, and the page would show it as garbage: ${SAVE_AS_UTF8}`,
      );
    } else if (found.status !== 'missing') {
      report(
        el,
        found.status === 'file-missing'
          ? `${what} names transcript file ${found.path}, which does not exist: ${caseFix(found.path, ctx.file) ?? 'create it, or fix the path (it is relative to this file)'}`
          : `${what} names transcript file ${found.path}, which has no words in it: write the transcript into it`,
      );
    } else if (found.ignoredAttribute !== undefined) {
      const where =
        ctx.syntax === 'md'
          ? 'in a Markdown (.md) file HTML is published as written and nothing reads transcript=, so the page would have no transcript'
          : ctx.syntax === 'mdx'
            ? `<${el.name}> in MDX is plain HTML, which ignores transcript=, so the page would have no transcript`
            : 'no browser reads transcript=, so the page has no transcript';
      const md =
        ctx.syntax === 'md'
          ? `; or rename the file to .mdx and write <${kind === 'audio' ? 'Audio' : 'Video'} src="…" transcript="${found.ignoredAttribute}" />`
          : '';
      report(el, `${what} has transcript="${found.ignoredAttribute}", but ${where}: ${how}${md}`);
    } else if (found.droppedChildren) {
      report(
        el,
        `${what} holds its transcript between its tags, which <${el.name}> does not show: put it inside a <Transcript>…</Transcript> there, or ${how}`,
      );
    } else if (found.droppedDescribedBy) {
      report(
        el,
        `${what} has ${found.droppedDescribedBy}, which <${el.name}> does not pass to its player, so the page would have no transcript: ${how}`,
      );
    } else if (found.inside) {
      report(
        el,
        `${what} holds its transcript inside the player, where only browsers that cannot play it show it: move the transcript right after </${el.name}>`,
      );
    } else if (found.linked) {
      const { id, heading, problem, elsewhere } = found.linked;
      const there = elsewhere
        ? `that ${elsewhere}`
        : heading !== undefined
          ? `the section under the heading ${quoted(heading)}`
          : 'that element';
      const at = elsewhere ? id : `#${id}`;
      report(
        el,
        problem === 'placeholder'
          ? `${what} links to its transcript at ${at}, but ${there} says only ${quoted(found.linked.placeholder)}, a placeholder, not a transcript: write the transcript there instead (if those are the words said in it, put them in quotation marks)`
          : problem === 'hidden'
            ? `${what} links to its transcript at ${at}, but ${there} is hidden from readers${offScreen}: make it visible, or ${how}`
            : `${what} links to its transcript at ${at}, but ${there} has no words: write the transcript there, or ${how}`,
      );
    } else if (found.placeholder !== undefined) {
      report(
        el,
        `${what} has ${quoted(found.placeholder)} where its transcript goes, a placeholder, not a transcript: write the transcript there instead (if those are the words said in it, put them in quotation marks)`,
      );
    } else if (found.hidden) {
      report(
        el,
        `${what} has text beside it that reads as its transcript, but it is hidden from readers${offScreen}: make it visible, or ${how}`,
      );
    } else if (found.describedBy) {
      const pointedAt = found.describedBy;
      const there =
        'heading' in pointedAt && pointedAt.heading !== undefined
          ? `the section under that heading, ${quoted(pointedAt.heading)},`
          : 'that element';
      const why =
        pointedAt.problem === 'placeholder'
          ? `${there} says only ${quoted(pointedAt.placeholder)}, a placeholder, not a transcript`
          : {
              absent: 'no element on the page has that id',
              hidden: `${there} is hidden`,
              empty: `${there} has no words (a summary alone is not a transcript)`,
            }[pointedAt.problem];
      report(
        el,
        `${what} points to its transcript with id "${pointedAt.id}", but ${why}: make the transcript visible text with that id, or ${how}`,
      );
    } else if (found.captionsOnly) {
      report(
        el,
        `${what} has captions but no transcript, and captions alone are not a transcript: ${how}`,
      );
    } else {
      report(el, `${what} has no transcript: ${how}`);
    }
  }
}

/**
 * A component's transcript file that the site also takes as an entry: `transcript="./t.md"` with
 * t.md in content/posts/ is a post as well (src/lib/content/entries-loader.ts leaves out only
 * `*.transcript.md`), and without a title it stops the build as one.
 */
function transcriptEntry(
  el: El,
  ctx: CheckContext,
): { path: string; folder: string; rename: string } | undefined {
  const path = attr(el, 'transcript');
  if (el.origin !== 'component' || !ctx.file || typeof path !== 'string') return undefined;
  const file = resolve(dirname(ctx.file), path.trim());
  const contentDir = contentDirOf(file);
  const collection = contentDir && collectionOf(file, contentDir);
  if (
    !isEntryFile(basename(file)) ||
    !collection ||
    !ENTRY_COLLECTIONS.includes(collection as never)
  )
    return undefined;
  return {
    path: path.trim(),
    folder: `content/${collection}/`,
    rename: basename(file).replace(/\.mdx?$/i, '.transcript.md'),
  };
}

/** A placeholder as the message quotes it: "TBD", or its first words when it runs on (lorem ipsum). */
function quoted(placeholder: string): string {
  return `"${placeholder.length > 40 ? `${placeholder.slice(0, 39).trimEnd()}…` : placeholder}"`;
}

function label(el: El, kind: string, ctx: CheckContext): string {
  if (kind === 'embed') {
    const player =
      framePlayer(el, ctx.config) ??
      playerHost(attr(el, 'data-embed'), ctx.config) ??
      scriptedPlayer(el);
    const what = player?.plays === 'audio' ? 'Embedded audio player' : 'Embedded video';
    return player ? `${what} (${player.host})` : what;
  }
  if (el.name !== kind && el.origin === 'html')
    return `<${el.name}> showing ${kind === 'audio' ? 'audio' : 'a video'}`;
  return `<${el.name}>`;
}

/**
 * `media-transcript`: a video, audio clip or embedded video or audio player without a transcript a reader gets on the page: `video`, `audio`, `Video`, `Audio`, `YouTube` (and configured components), iframes from video hosts (YouTube, Vimeo, Loom, Wistia, Dailymotion, TED, lecture capture and classroom video from Panopto, Kaltura, Echo360, YuJa and Edpuzzle, and from Panopto, Kaltura MediaSpace, Mediasite, Opencast and PeerTube on a university's own domain (by the path of their player: `VIDEO_PATHS`), Microsoft Stream on SharePoint (known by the file's name or Stream's embed code, as SharePoint embeds pictures and documents the same way), Twitch, TikTok, Bilibili, Facebook's video player, the Powtoon, WeVideo, Screencastify, Descript and Synthesia videos students make, Prezi Video, Animoto and VoiceThread, and others: `VIDEO_HOSTS` in `src/a11y/core/config.ts`, plus `a11y.videoHosts`) and from podcast and music hosts (Spotify, SoundCloud, Apple Podcasts, Simplecast, Buzzsprout, Libsyn, the voice recorder Vocaroo, the studios Soundtrap and BandLab and others: `AUDIO_HOSTS`, plus `a11y.audioHosts`; their transcript must be visible, as an `<audio>`'s), an `object`, `embed` or `iframe` showing a video or audio file (by its `type`, or its URL's extension), and a social network's embed code that its script turns into a video player (TikTok's `blockquote.tiktok-embed`, an Instagram reel's `blockquote.instagram-media`, Facebook's `div.fb-video`) — with or without `controls`, since a page script can play any of them. Captions alone and muted video do not count; neither does `transcript=` on plain HTML, nor text inside the `<video>` (fallback content). Nor does a link that leads back to the page itself (`[Transcript](./)`, its own address, `#top`), or to a part of it without the words (a link to `#transcript`, the id of a heading with nothing, or only "Coming soon", under it), or to another page of the site or a text file in `public/` that says nothing, or only "TBD", nor a transcript whose whole text only stands in for one ("TBD", "Coming soon", "Transcript to follow", "N/A", "Lorem ipsum …"), in any of the forms or in a transcript file; words in quotation marks are what is said, and count. Elements that are not rendered (`hidden`, or an inline `display: none` or `visibility: hidden`, on them or an ancestor) are skipped; a player inside a `<template>` is not, as a script may put it on the page. A player in a component the MDX file defines has its transcript inside the component, or beside each place the content renders it (`<Clip />` then `<Transcript>…</Transcript>`), or between the tags of each use when the component renders `{children}` right after the player (`<Clip><Transcript>…</Transcript></Clip>`). A component's transcript file that the site also takes as an entry (`transcript="./words.md"` with words.md in `content/posts/`) is reported too: name it `words.transcript.md`. So is one the components never read: outside the project (`transcript="/etc/passwd"`, or a link in the project to a file outside it) or not a transcript's kind of file (`.md`, `.txt`, `.vtt`, `.srt`; `transcript="../../../.env"`), so that a slip of a path never publishes what the build machine holds. Before a build, a page of the site's own `src/pages/` written in `.astro` is judged too, its players' neighbours being all in the file; a component's player is left to the built pages, as its transcript may stand where it is used.
 *
 * @fix See [What counts as a transcript](#what-counts-as-a-transcript); the message says what works in the file's type.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <video src="/clips/pit-stop.mp4" controls></video>
 *
 *   Transcript: the crew changes four tyres in two seconds while the commentator counts.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <video src="/clips/pit-stop.mp4"></video>
 *
 *   <audio src="/clips/interview.mp3" controls><track kind="captions" src="/clips/interview.vtt"></audio>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:42: <video> has no transcript: right after it, add a "Transcript" heading or a paragraph that starts "Transcript:", followed by the words, or a link to a page with the transcript
 *   3:1-3:102: <audio> has captions but no transcript, and captions alone are not a transcript: right after it, add a "Transcript" heading or a paragraph that starts "Transcript:", followed by the words, or a link to a page with the transcript
 *
 * @example
 *   {"name": "ok.mdx", "files": {"content/posts/pit-stop.transcript.md": "The crew changes four tyres in two seconds.\n"}}
 *
 *   <Video src="/clips/pit-stop.mp4" transcript="./pit-stop.transcript.md" />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   <YouTube id="dQw4w9WgXcQ" title="Season review" />
 *
 *   <video src="/clips/pit-stop.mp4" transcript="./pit-stop.transcript.md" controls />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:1-1:51: <YouTube> has no transcript: add transcript="./name.transcript.md" (a file beside this one), put a <Transcript>…</Transcript> right after it, or link to the transcript right after it
 *   3:1-3:83: <video> has transcript="./pit-stop.transcript.md", but <video> in MDX is plain HTML, which ignores transcript=, so the page would have no transcript: put a <Transcript>…</Transcript> right after it, link to the transcript right after it, or write <Video src="…" transcript="./pit-stop.transcript.md" /> instead
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Season review"></iframe>
 *   <details><summary>Transcript</summary><p>The season opens in Bahrain.</p></details>
 *   <video src="/clips/intro.mp4" hidden></video>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <iframe src="https://player.vimeo.com/video/1" title="Season review"></iframe>
 *   <video src="/clips/pit-stop.mp4" autoplay muted loop></video>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:79: Embedded video (player.vimeo.com) has no transcript: put the transcript on the page right after the player (under a "Transcript" heading, or in a <details> whose summary says "Transcript"), point the player's aria-describedby at it, or link to it right after the player
 *   2:1-2:62: <video> has no transcript: put the transcript on the page right after the player (under a "Transcript" heading, or in a <details> whose summary says "Transcript"), point the player's aria-describedby at it, or link to it right after the player
 */
const rule: GateRule = {
  id: 'media-transcript',
  severity: 'error',
  source: checkMediaTranscript,
  html: checkMediaTranscript,
};
export default rule;
