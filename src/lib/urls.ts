/** Joins the site's base URL and a path into an absolute URL, for canonical links and feeds. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

export const postUrl = (slug: string) => `/posts/${slug}/`;
export const guideUrl = (slug: string) => `/guides/${slug}/`;
export const tagUrl = (slug: string) => `/tags/${slug}/`;
export const courseUrl = (id: string) => `/courses/${id}/`;
/** The OPML list of every feed of the site (written with the feeds). */
export const subscriptionsUrl = () => '/subscriptions.opml';

/** The URL of an entry of either kind. */
export function entryUrl(entry: { collection: string; id: string }): string {
  return entry.collection === 'guides' ? guideUrl(entry.id) : postUrl(entry.id);
}
