import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuides, type Guide } from '../../../lib/content/content.ts';
import { toIcs } from '../../../lib/guides/ics.ts';
import { buildDate } from '../../../lib/content/publish.ts';
import { absoluteUrl, guideUrl } from '../../../lib/site/urls.ts';
import { site } from '../../../site.config.ts';
import { t } from '../../../lib/site/words/site.ts';

/** `/guides/<slug>/events.ics` for every guide with events, so they land in a calendar. */
export const getStaticPaths = (async () => {
  const guides = await getGuides();
  return guides
    .filter((guide) => guide.data.events.length > 0)
    .map((guide) => ({ params: { slug: guide.id }, props: { guide } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: Guide }> = ({ props: { guide } }) => {
  const url = absoluteUrl(guideUrl(guide.id), site.url);
  const body = toIcs({
    name: guide.data.title,
    uidSuffix: `${guide.id}@${new URL(site.url).host}`,
    stamp: buildDate(),
    description: t('From the guide "{title}": {url}', { title: guide.data.title, url }),
    events: guide.data.events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
