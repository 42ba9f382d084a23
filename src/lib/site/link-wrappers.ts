/**
 * Links that go through another service on their way: the address an email, a chat or a
 * social site writes in place of the one its author shared, which a student copies into a post
 * with the rest. Outlook's Safe Links and university mail filters (Proofpoint, Mimecast,
 * Barracuda) wrap every link in a message; Google wraps the links of its search results, Gmail
 * and Docs; Facebook, Instagram, LinkedIn, Slack and YouTube wrap the links people post there.
 * On a page, such a link sends every reader through that service: a warning page first
 * (Google's "Redirect notice"), a stop for readers outside the organisation, or a link that
 * expires, and Safe Links' own carries the email address of the message's recipient.
 */
export interface WrappedLink {
  /** The service, as its users know it: `Outlook's Safe Links`. */
  service: string;
  /** Where the link copied it from, for the message: `a university email`. */
  from: string;
  /** The address it leads to, where the wrapper says it; undefined where only the service knows. */
  target?: string;
  /** Whether the wrapper carries an email address (Safe Links' `data=`). */
  carriesEmail: boolean;
}

interface Wrapper {
  service: string;
  from: string;
  host: RegExp;
  path?: RegExp;
  /** The address it leads to, from the wrapper's URL. */
  target: (url: URL) => string | undefined;
}

const param =
  (...names: string[]) =>
  (url: URL) =>
    names.map((name) => url.searchParams.get(name)).find(Boolean) ?? undefined;

const WRAPPERS: Wrapper[] = [
  {
    service: "Outlook's Safe Links",
    from: 'an email',
    host: /(?:^|\.)safelinks\.protection\.(?:outlook\.com|office365\.us|outlook\.cn)$/,
    target: param('url'),
  },
  {
    // Teams' own Safe Links page.
    service: "Microsoft Teams' Safe Links",
    from: 'a Teams chat',
    host: /^statics\.teams\.cdn\.office\.net$/,
    path: /\/safelinks\//,
    target: param('url'),
  },
  {
    service: "Proofpoint's URL Defense",
    from: 'an email',
    host: /^urldefense\.proofpoint\.com$/,
    path: /^\/v[12]\/url$/,
    // `u=https-3A__www.fia.com_sustainability`: `-XX` is a percent escape and `_` a slash.
    target: (url) => {
      const u = url.searchParams.get('u');
      return u ? decodeURIComponent(u.replace(/-/g, '%').replace(/_/g, '/')) : undefined;
    },
  },
  {
    service: "Proofpoint's URL Defense",
    from: 'an email',
    host: /^urldefense\.com$/,
    path: /^\/v3\/__/,
    // `/v3/__https://www.fia.com/__;!!…`: the address between the underscores, where no `*`
    // stands for a character it moved into the tail.
    target: (url) => {
      const inner = /^\/v3\/__(.+?)__;/.exec(url.pathname + url.search + url.hash)?.[1];
      return inner && !inner.includes('*') ? inner : undefined;
    },
  },
  {
    service: "Mimecast's link protection",
    from: 'an email',
    host: /^protect(?:-[a-z]+)?\.mimecast\.com$/,
    target: () => undefined,
  },
  {
    service: "Barracuda's link protection",
    from: 'an email',
    host: /^linkprotect\.cudasvc\.com$/,
    target: param('a'),
  },
  {
    service: "Google's redirect",
    from: 'a Google search, Gmail or a Google Doc',
    host: /^(?:www\.)?google\.[a-z.]+$/,
    path: /^\/url$/,
    target: param('q', 'url'),
  },
  {
    service: "Facebook's link redirect",
    from: 'Facebook',
    host: /^(?:l|lm)\.facebook\.com$/,
    path: /^\/l\.php$/,
    target: param('u'),
  },
  {
    service: "Instagram's link redirect",
    from: 'Instagram',
    host: /^l\.instagram\.com$/,
    target: param('u'),
  },
  {
    service: "LinkedIn's link redirect",
    from: 'LinkedIn',
    host: /^(?:www\.)?linkedin\.com$/,
    path: /^\/(?:redir\/redirect|safety\/go)\/?$/,
    target: param('url'),
  },
  {
    service: "Slack's link redirect",
    from: 'Slack',
    host: /^slack-redir\.net$/,
    target: param('url'),
  },
  {
    service: "YouTube's link redirect",
    from: "a YouTube video's description",
    host: /^(?:www\.)?youtube\.com$/,
    path: /^\/redirect$/,
    target: param('q'),
  },
];

/** An address a reader's browser opens: a web page or an email address. */
const OPENS = /^(?:https?:\/\/[^\s/?#]+|mailto:\S+)/i;

/**
 * The service a link goes through, and the address it leads to (unwrapped again where one
 * wrapper holds another: Safe Links around Google's redirect); undefined for a link that goes
 * where it says.
 */
export function wrappedLink(href: string): WrappedLink | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  const wrapper = WRAPPERS.find(
    (each) => each.host.test(host) && (!each.path || each.path.test(url.pathname)),
  );
  if (!wrapper) return undefined;
  let target: string | undefined;
  try {
    target = wrapper.target(url)?.trim();
  } catch {
    target = undefined;
  }
  if (target && (!OPENS.test(target) || /\s/.test(target))) target = undefined;
  const data = url.searchParams.get('data') ?? '';
  return {
    service: wrapper.service,
    from: wrapper.from,
    carriesEmail: /@/.test(data),
    ...(target && { target: wrappedLink(target)?.target ?? target }),
  };
}

/** A wrapped link in YAML: where, what to say, and the address to write in its place. */
export interface WrappedInYaml {
  offset: number;
  message: string;
  fix?: { range: [number, number]; text: string };
}

/** A web address written in YAML, quoted or not. */
const YAML_URL = /https?:\/\/[^\s"'<>]+/g;

/**
 * The wrapped links a YAML text writes (an entry's frontmatter, a network's `url:`), each at its
 * offset in `text` from `from`, with the fix that writes the address it leads to.
 */
export function wrappedLinksInYaml(text: string, from = 0, to = text.length): WrappedInYaml[] {
  const found: WrappedInYaml[] = [];
  for (const match of text.slice(from, to).matchAll(YAML_URL)) {
    const href = match[0].replace(/[,\]}]+$/, '');
    const wrapped = wrappedLink(href);
    if (!wrapped) continue;
    const offset = from + match.index;
    found.push({
      offset,
      message: wrappedLinkMessage(href, wrapped),
      ...(wrapped.target && {
        fix: { range: [offset, offset + href.length], text: wrapped.target },
      }),
    });
  }
  return found;
}

/** What is wrong with a wrapped link, and the address to write (the `wrapped-link` rule's words). */
export function wrappedLinkMessage(href: string, found: WrappedLink): string {
  const shown = href.length > 60 ? `${href.slice(0, 57)}…` : href;
  const email = found.carriesEmail ? ', and carries the email address it was sent to' : '';
  const fix = found.target
    ? `write the address it leads to, ${found.target}`
    : 'open it, and write the address the browser ends at';
  return `Link ${shown} goes through ${found.service}, as links copied from ${found.from} do: every reader is sent through that service first, which may warn them, stop them or have expired${email}: ${fix}`;
}
