import { join } from 'node:path';
import type { SiteConfig } from '../../schemas/site.ts';
import type { ReflectionModels } from '../../schemas/reflection-model.ts';
import type { Level } from './types.ts';
import type { ImportAlias } from '../../lib/util/path-alias.ts';
import { markdownPluginsRun, type MarkdownSyntax } from '../../lib/site/markdown-processor.ts';

/** The gate's settings, resolved from `site.a11y` in `src/site.config.ts`. */
export interface GateConfig {
  /** Iframe hosts that are video players (built-in list plus `site.a11y.videoHosts`). */
  videoHosts: string[];
  /** Iframe hosts that are audio players (built-in list plus `site.a11y.audioHosts`). */
  audioHosts: string[];
  /** Component names checked like `<img>`. */
  imageComponents: Set<string>;
  /** Component names checked like `<video>`. */
  mediaComponents: Set<string>;
  /** Per-rule level overrides; a rule not named here keeps its own default. */
  levels: Record<string, Level>;
  /** Writing checks (`site.writing`): site-wide allow list, profanities on or off. */
  writing: { allow: string[]; profanities: boolean };
  /** Astro's `base` (`/blog/`), when known: the source layer resolves links under it. Default `/`. */
  base?: string;
  /**
   * The Astro config's `vite.resolve.alias`, when known: imports and images through them are
   * resolved as the build resolves them. Default none (tsconfig.json's `paths` still apply).
   */
  aliases?: ImportAlias[];
  /**
   * Where Astro reads the site from, when known (its `srcDir` and `publicDir`, and the content
   * folder): the source layer lists the site's pages and public files there. Default: `src/` and
   * `public/` beside `content/`.
   */
  folders?: SiteFolders;
  /**
   * The Markdown processor the build renders with, when it is not Sätteri (`unified`): then
   * Commonplace's Markdown plugins do not run, task lists keep checkboxes with no label and
   * root-relative Markdown links get no base, and the source layer judges them so. Default
   * Sätteri (src/lib/site/markdown-processor.ts).
   */
  markdownProcessor?: string;
  /**
   * The Markdown syntax the site's Sätteri reads beyond its defaults (`markdown.gfm: false`,
   * `satteri({ features: { headingAttributes: true } })`), which the source layer parses with
   * too. Default: Sätteri's defaults (src/lib/site/markdown-processor.ts).
   */
  markdownSyntax?: MarkdownSyntax;
  /** The site's language (`site.lang`): a file without `lang` is in it. */
  lang: string;
  /**
   * Warnings about the site as a whole (the interface's words: src/a11y/site-config.ts), which
   * `npm run check` prints on every run, from its cache too. Default none.
   */
  notices?: string[];
  /** Reflection models by id, for `reflection-model` (built-in ones plus the site's). */
  models: ReflectionModels;
}

/** A site's folders, absolute. */
export interface SiteFolders {
  contentDir: string;
  srcDir: string;
  publicDir: string;
  /**
   * The addresses the Astro config's `redirects` write a page at (`/old-about`,
   * `/blog/[slug]`): pages of the build that no file under `src/pages/` holds. Default none.
   */
  redirects?: readonly string[];
}

/** The folders Astro reads a project in `root` from by default. */
export function defaultFolders(root: string): SiteFolders {
  return {
    contentDir: join(root, 'content'),
    srcDir: join(root, 'src'),
    publicDir: join(root, 'public'),
  };
}

/**
 * The gate config for one project: the site's settings with what its Astro config adds, where
 * the site is served (`base`), Vite's aliases, the site's folders and its Markdown processor.
 * `npm run check`, the build and the dev server all build it here, so the three judge a file
 * alike.
 */
export function forProject(
  config: GateConfig,
  {
    base,
    aliases,
    folders,
    markdownProcessor,
    markdownSyntax,
  }: {
    base?: string;
    aliases?: ImportAlias[];
    folders?: SiteFolders;
    markdownProcessor?: string;
    markdownSyntax?: MarkdownSyntax;
  },
): GateConfig {
  return {
    ...config,
    ...(base && { base }),
    ...(aliases?.length && { aliases }),
    ...(folders && { folders }),
    ...(!markdownPluginsRun(markdownProcessor) && { markdownProcessor }),
    ...(markdownSyntax && { markdownSyntax }),
  };
}

/**
 * Players whose iframes carry video: video sites, the lecture-capture and classroom video
 * services universities use (Panopto, Kaltura, Echo360, YuJa, Edpuzzle), video hosting
 * services, and the players of the large video sites outside the English-speaking web
 * (Bilibili, Niconico, Youku, VK). Matched on the host and its subdomains, so `youtube.com`
 * covers `www.youtube.com` and `m.youtube.com`. A host that serves other iframes too is named
 * down to its player: a subdomain (`player.twitch.tv`, not Twitch's chat) or, where the player
 * has none, the path it starts with (`facebook.com/plugins/video.php`, not a post's embed).
 */
export const VIDEO_HOSTS = [
  'youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'vimeo.com',
  'loom.com',
  'wistia.com',
  'wistia.net',
  'dailymotion.com',
  'dai.ly',
  'ted.com',
  'panopto.com',
  'panopto.eu',
  'kaltura.com',
  'player.twitch.tv',
  'clips.twitch.tv',
  'tiktok.com',
  'streamable.com',
  'vidyard.com',
  'videopress.com',
  'jwplayer.com',
  'jwplatform.com',
  'players.brightcove.net',
  'rumble.com',
  'echo360.org',
  'echo360.com',
  'echo360.ca',
  'echo360.net.au',
  'echo360.org.uk',
  'yuja.com',
  'edpuzzle.com',
  'screenpal.com',
  'screencast-o-matic.com',
  'watch.screencastify.com',
  // Animated and AI-made videos students make for assignments.
  'powtoon.com/embed/',
  'wevideo.com/embed',
  'share.descript.com/embed/',
  'share.synthesia.io/embeds/',
  // Presentations recorded with their speaker (Prezi Video, not Prezi's slides at /p/), video
  // slideshows (Animoto), and VoiceThread's slides with spoken and filmed comments.
  'prezi.com/v/',
  'animoto.com/play/',
  'voicethread.com/app/player/',
  'warpwire.com',
  'web.microsoftstream.com',
  'muse.ai',
  'player.mux.com',
  'cloudflarestream.com',
  'iframe.mediadelivery.net',
  'embed.api.video',
  'player.bilibili.com',
  'embed.nicovideo.jp',
  'player.youku.com',
  'v.qq.com/txp/iframe/',
  'vk.com/video_ext.php',
  'vkvideo.ru/video_ext.php',
  'ok.ru/videoembed/',
  'odysee.com/$/embed/',
  'bitchute.com/embed/',
  'facebook.com/plugins/video.php',
  // An Instagram reel in an iframe (`…/reel/ID/embed`); a post may be a photo, so not `/p/`.
  'instagram.com/reel/',
  'instagram.com/reels/',
  'instagram.com/tv/',
];

/**
 * Video players that universities and communities run on their own domains, known by the path
 * their software gives a player whatever the host (`https://mymedia.leeds.ac.uk/Mediasite/Play/…`,
 * `https://mediaspace.illinois.edu/embed/secure/iframe/entryId/…`): a host list cannot name
 * them all. Matched against the lowercased path.
 */
export const VIDEO_PATHS = [
  // Panopto on a university's own domain (`campus.recap.ncl.ac.uk`).
  /\/panopto\/pages\/(?:embed|viewer)\.aspx$/,
  // Mediasite.
  /\/mediasite\/play\//,
  // Kaltura MediaSpace, and Kaltura's player from a partner's own CDN.
  /\/embed\/secure\/iframe\/entryid\//,
  /\/p\/\d+\/(?:sp\/\d+\/)?embediframejs\//,
  // Opencast's players, Paella and Theodul.
  /\/paella\d*\/ui\/embed\.html$/,
  /\/engage\/theodul\/ui\/core\.html$/,
  // PeerTube, on any of its instances.
  /\/videos\/embed\//,
];

/**
 * Players whose iframes carry sound: podcast hosts, music services and voice recorders students
 * share clips from (Vocaroo, Clyp). A reader who cannot hear gets nothing from them without a
 * transcript, which must be visible, as an `<audio>`'s. Matched as `VIDEO_HOSTS` are.
 */
export const AUDIO_HOSTS = [
  'open.spotify.com',
  'soundcloud.com',
  'podcasts.apple.com',
  'music.apple.com',
  'anchor.fm',
  'simplecast.com',
  'buzzsprout.com',
  'libsyn.com',
  'podbean.com',
  'acast.com',
  'captivate.fm',
  'transistor.fm',
  'megaphone.fm',
  'omny.fm',
  'audioboom.com',
  'mixcloud.com',
  'bandcamp.com',
  'widget.deezer.com',
  'creators.spotify.com',
  'podcasters.spotify.com',
  'player.fm',
  'spreaker.com',
  'iheart.com',
  'redcircle.com',
  'art19.com',
  'fireside.fm',
  'pinecast.com',
  'player.rss.com',
  'castbox.fm',
  'audiomack.com',
  'embed.tidal.com',
  'vocaroo.com',
  'voca.ro',
  'clyp.it',
  'audio.com',
  // The music and podcast studios students record in.
  'soundtrap.com/embed/',
  'bandlab.com/embed/',
];

/** `astro:assets` components and Commonplace's own `Figure` render an `<img>` from `alt`. */
export const IMAGE_COMPONENTS = ['Image', 'Picture', 'Figure'];
/** Commonplace's media components (src/components/mdx/). */
export const MEDIA_COMPONENTS = ['Video', 'Audio', 'YouTube'];

export function gateConfig(
  a11y: Partial<SiteConfig['a11y']> = {},
  writing: Partial<SiteConfig['writing']> = {},
  site: { lang?: string; models?: ReflectionModels } = {},
): GateConfig {
  return {
    videoHosts: [...VIDEO_HOSTS, ...(a11y.videoHosts ?? []).map((host) => host.toLowerCase())],
    audioHosts: [...AUDIO_HOSTS, ...(a11y.audioHosts ?? []).map((host) => host.toLowerCase())],
    imageComponents: new Set([...IMAGE_COMPONENTS, ...(a11y.imageComponents ?? [])]),
    mediaComponents: new Set([...MEDIA_COMPONENTS, ...(a11y.mediaComponents ?? [])]),
    levels: { ...(a11y.rules ?? {}) },
    writing: { allow: [...(writing.allow ?? [])], profanities: writing.profanities ?? false },
    lang: site.lang ?? 'en',
    // The site's models are read with the site config (site-config.ts): reading them here would
    // load the schema library into every worker that only checks files.
    models: site.models ?? {},
  };
}
