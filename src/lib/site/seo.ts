import { absoluteUrl } from './urls.ts';

export interface BlogPostingInput {
  title: string;
  description: string;
  url: string;
  pubDate: Date;
  updatedDate?: Date;
  tags: string[];
  image?: string;
  author: { name: string; url?: string };
  siteTitle: string;
  siteUrl: string;
  /** BCP 47 language of the entry. */
  lang?: string;
}

/** schema.org BlogPosting for an entry page, so search engines read dates and author. */
export function blogPosting(input: BlogPostingInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: input.title,
    description: input.description,
    url: absoluteUrl(input.url, input.siteUrl),
    mainEntityOfPage: absoluteUrl(input.url, input.siteUrl),
    datePublished: input.pubDate.toISOString(),
    dateModified: (input.updatedDate ?? input.pubDate).toISOString(),
    keywords: input.tags.join(', ') || undefined,
    inLanguage: input.lang,
    image: input.image ? absoluteUrl(input.image, input.siteUrl) : undefined,
    author: { '@type': 'Person', name: input.author.name, url: input.author.url },
    publisher: { '@type': 'Organization', name: input.siteTitle, url: input.siteUrl },
  };
}
