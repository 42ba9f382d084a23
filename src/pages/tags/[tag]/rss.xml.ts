import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getEntries } from '../../../lib/content.ts';
import { rssResponse } from '../../../lib/feeds/endpoints.ts';
import { countTags, withTag } from '../../../lib/tags.ts';
import { tagUrl } from '../../../lib/urls.ts';
import { site } from '../../../site.config.ts';

/** One feed per tag, at the URL the tag page links and announces. */
export const getStaticPaths = (async () => {
  const entries = await getEntries();
  return countTags(entries).map(({ tag, slug }) => ({
    params: { tag: slug },
    props: { tag, entries: withTag(entries, slug) },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ params, props }) =>
  rssResponse(
    {
      title: `${site.title}: #${props.tag}`,
      description: `Reflections and guides tagged ${props.tag}.`,
      feedPath: `${tagUrl(params.tag!)}rss.xml`,
      homePath: tagUrl(params.tag!),
    },
    props.entries,
  );
