import { defineSite } from './schemas/site.ts';
import { siteUrlFromEnv } from './lib/site/env.ts';

/** The one place that says what this site is. Everything else reads it from here. */
export const site = defineSite({
  title: 'Commonplace',
  description:
    'Weekly reflections and practical guides on building an inclusive personal learning network.',
  // COMMONPLACE_SITE_URL, when set and not empty, wins: the deploy workflow sets it from GitHub
  // Pages. Change this address for any other host.
  url: siteUrlFromEnv() ?? 'https://commonplace.example.org',
  lang: 'en',
  // Where a pubDate written as a day (2026-12-08) begins: a post dated today stays off the site
  // until then. Write yours, e.g. 'Pacific/Auckland' or 'America/New_York'.
  timeZone: 'UTC',
  author: {
    name: 'Sam Rivera',
    bio: 'A communications student who learns in public: each week I write down what I read, tried and changed my mind about while building a personal learning network.',
  },
  socials: [
    { label: 'Mastodon', href: 'https://mastodon.social/@commonplace' },
    { label: 'GitHub', href: 'https://github.com/commonplace' },
  ],
  writing: {
    allow: [],
    profanities: false,
  },
});
