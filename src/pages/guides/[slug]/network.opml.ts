import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getGuides } from '../../../lib/content/content.ts';
import { networkOutlines, toOpml } from '../../../lib/feeds/opml.ts';
import { buildDate } from '../../../lib/content/publish.ts';
import { absoluteUrl, guideUrl } from '../../../lib/site/urls.ts';
import type { Network } from '../../../schemas/network.ts';
import { site } from '../../../site.config.ts';
import { t } from '../../../lib/site/words/site.ts';

/**
 * `/guides/<slug>/network.opml` for every guide whose network has at least one feed: the whole
 * network in a feed reader at once, in folders by perspective.
 */
export const getStaticPaths = (async () => {
  const [guides, networks] = await Promise.all([getGuides(), getCollection('networks')]);
  return guides.flatMap((guide) => {
    const network = networks.find((n) => n.id === guide.data.network)?.data;
    return network?.entries.some((entry) => entry.feed)
      ? [
          {
            params: { slug: guide.id },
            props: { network, perspectives: guide.data.perspectives, title: guide.data.title },
          },
        ]
      : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ network: Network; perspectives: string[]; title: string }> = ({
  props,
  params,
}) =>
  new Response(
    toOpml({
      title: t('{network} (from the guide "{guide}")', {
        network: props.network.title,
        guide: props.title,
      }),
      dateCreated: buildDate(),
      ownerName: site.author.name,
      ownerId: absoluteUrl(guideUrl(params.slug!), site.url),
      outlines: networkOutlines(props.network.entries, props.perspectives),
    }),
    { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } },
  );
