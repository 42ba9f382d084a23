import { FRONTMATTER } from './frontmatter-block.ts';
import { astroYaml } from './frontmatter-yaml.ts';
import { DAY_MS, frontmatterGoesLive, wallClock } from './publish.ts';

const HOUR_MS = 3_600_000;
/** The day a `pubDate` starts with, as written (`pubDate: 2026-12-08`, quoted or not). */
const PUB_DAY = /^pubDate[ \t]*:[ \t]*['"]?(\d{4}-\d{2}-\d{2})/m;

/**
 * When an entry that is not out yet goes live, from its file's text (the site's `timeZone` for a
 * date written as a day); undefined for an entry that is out, a draft, or one whose date the
 * build cannot read (the content check says why). Only an entry dated from the day before the
 * build on has its frontmatter parsed: no day begins more than 14 hours before UTC's.
 */
export function scheduledAt(text: string, now: Date, timeZone: string): Date | undefined {
  const yaml = FRONTMATTER.exec(text)?.[1];
  const day = yaml === undefined ? undefined : PUB_DAY.exec(yaml)?.[1];
  if (!day || Date.parse(day) + DAY_MS <= now.getTime()) return undefined;
  const data = astroYaml(yaml!);
  const live = data && frontmatterGoesLive(data, timeZone);
  return live && live.getTime() > now.getTime() ? live : undefined;
}

/** `in 40 min`, `in 2 h 40 min`, `in 36 days`. */
function inTime(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return `in ${minutes} min`;
  if (ms < 2 * DAY_MS) {
    const hours = Math.floor(minutes / 60);
    return `in ${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  }
  return `in ${Math.round(ms / DAY_MS)} days`;
}

/**
 * One line saying which entries the build leaves out until their date (or undefined when none
 * is): the one that goes live next, and, when that is within a day, how to make a post dated
 * today where its author is count from that day (the site's `timeZone`). A post that silently
 * stays off the site is what it is for: an author whose day begins before UTC's, such as a
 * student in Auckland, dates a post today and finds it missing until 13:00.
 */
export function scheduledNotice(
  scheduled: { file: string; at: Date }[],
  now: Date,
  timeZone: string,
): string | undefined {
  if (!scheduled.length) return undefined;
  const [next] = [...scheduled].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || a.file.localeCompare(b.file),
  );
  const wait = next!.at.getTime() - now.getTime();
  const when = `at ${wallClock(next!.at, timeZone)} ${timeZone} (${inTime(wait)})`;
  const head =
    scheduled.length === 1
      ? `scheduled: ${next!.file} goes live ${when}; until then a build leaves it out`
      : `scheduled: ${scheduled.length} entries go live later, and a build leaves each out until then; the next is ${next!.file}, ${when}`;
  const hint =
    wait < DAY_MS + HOUR_MS
      ? '. Dated today where you are? Set timeZone in src/site.config.ts to yours (README "Drafts and scheduled posts")'
      : '';
  return `${head}${hint}.`;
}
