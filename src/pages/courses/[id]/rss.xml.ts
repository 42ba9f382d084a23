import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { getEntries } from '../../../lib/content.ts';
import { rssResponse } from '../../../lib/feeds/endpoints.ts';
import { courseUrl } from '../../../lib/urls.ts';
import { site } from '../../../site.config.ts';

/** One feed per course: the reflections and guides whose `course` names it. */
export const getStaticPaths = (async () => {
  const [courses, entries] = await Promise.all([getCollection('courses'), getEntries()]);
  return courses.map((course) => ({
    params: { id: course.id },
    props: { course: course.data, entries: entries.filter((e) => e.data.course === course.id) },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ params, props }) =>
  rssResponse(
    {
      title: `${site.title}: ${props.course.title} (${props.course.term})`,
      description: props.course.description,
      feedPath: `${courseUrl(params.id!)}rss.xml`,
      homePath: courseUrl(params.id!),
    },
    props.entries,
  );
