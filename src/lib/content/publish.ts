/** What decides whether an entry is public. Pure, so the rule is tested once and used everywhere. */
export interface Publishable {
  data: { draft: boolean; pubDate: Date };
}

/**
 * The moment the build treats as "now". `COMMONPLACE_BUILD_DATE` pins it so tests and
 * reproducible builds do not depend on the clock.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.COMMONPLACE_BUILD_DATE;
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) {
      throw new Error(
        `COMMONPLACE_BUILD_DATE="${pinned}" is not a date: use an ISO date such as 2026-11-26`,
      );
    }
    return date;
  }
  return new Date();
}

/** Drafts and future-dated entries are hidden in production and shown (labelled) in dev. */
export function isPublished(entry: Publishable, now: Date, showDrafts: boolean): boolean {
  if (showDrafts) return true;
  return !entry.data.draft && entry.data.pubDate.getTime() <= now.getTime();
}

/** Newest first; ties broken by title so the order is stable across builds. */
export function byNewest<T extends { data: { pubDate: Date; title: string } }>(a: T, b: T): number {
  return (
    b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title)
  );
}
