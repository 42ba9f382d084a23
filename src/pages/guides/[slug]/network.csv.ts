import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getGuides } from '../../../lib/content/content.ts';
import { networkCsv } from '../../../lib/guides/network.ts';
import type { NetworkEntry } from '../../../schemas/network.ts';

/**
 * `/guides/<slug>/network.csv` for every guide with a network: outreach tracking in a spreadsheet.
 * Its column headers (`name`, `kind`, …, `last contact`, `next step`) stay in English whatever the
 * site's language: they are data columns that spreadsheets and scripts key on, not interface words
 * (the Downloads list names the last two as they are written here).
 */
export const getStaticPaths = (async () => {
  const [guides, networks] = await Promise.all([getGuides(), getCollection('networks')]);
  return guides.flatMap((guide) => {
    const network = networks.find((n) => n.id === guide.data.network);
    return network
      ? [{ params: { slug: guide.id }, props: { entries: network.data.entries } }]
      : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: NetworkEntry[] }> = ({ props }) =>
  new Response(networkCsv(props.entries), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
