/** A YouTube video id: eleven letters, digits, `-` or `_`. */
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

const YOUTUBE_HOSTS = /^(?:(?:www|m|music)\.)?youtube(?:-nocookie)?\.com$/i;

/**
 * The video id `<YouTube id>` was given, or the id in a video's address when it was given that:
 * authors paste what their browser shows (`https://www.youtube.com/watch?v=…`, `youtu.be/…`,
 * `/shorts/…`, `/embed/…`, `/live/…`), as astro-embed's YouTube component accepts too.
 * Undefined for anything else, which would embed no video at all.
 */
export function youTubeId(value: string): string | undefined {
  const written = value.trim();
  if (VIDEO_ID.test(written)) return written;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(written) ? written : `https://${written}`);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  const [first, second] = url.pathname.split('/').filter(Boolean);
  const id =
    host === 'youtu.be' || host === 'www.youtu.be'
      ? first
      : YOUTUBE_HOSTS.test(host)
        ? first === 'watch'
          ? (url.searchParams.get('v') ?? undefined)
          : ['embed', 'shorts', 'live', 'v'].includes(first ?? '')
            ? second
            : undefined
        : undefined;
  return id && VIDEO_ID.test(id) ? id : undefined;
}
