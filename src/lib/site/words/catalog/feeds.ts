/**
 * The phrases of the feeds: their names and descriptions, the links that stand in for players
 * in feed items, the list of every feed (`/subscriptions.opml`) and the page a browser shows
 * when it opens a feed (src/scripts/feed-page.js). The feeds' names `{site}: reflections` and
 * `{site}: guides` are in pages.ts, whose pages announce the feeds by them (see catalog.ts).
 */
export const FEEDS = {
  'Weekly reflections from {site}.':
    "Description of the feed of reflections (posts), in feed readers; {site} is the site's title.",
  'Guides from {site}.':
    "Description of the feed of guides, in feed readers; {site} is the site's title.",
  '{site}: {feed}':
    "Name of a tag's or a course's feed, in feed readers; {site} is the site's title, {feed} the name the tag or course page gives its feed.",
  '{site}: every feed':
    "Title of the list of all the site's feeds that a feed reader imports (subscriptions.opml); {site} is the site's title.",
  Everything:
    'Folder of the feeds that list every entry, in the list of all feeds a feed reader imports.',
  'By type':
    'Folder of the feeds of reflections and of guides, in the list of all feeds a feed reader imports.',
  'By tag': "Folder of the tags' feeds, in the list of all feeds a feed reader imports.",
  'By course': "Folder of the courses' feeds, in the list of all feeds a feed reader imports.",
  'Watch the video':
    'Link that takes the place of a video player in a feed item (feed readers drop players), when the player has no name.',
  'Watch the video: {title}':
    "Link that takes the place of a video player in a feed item; {title} is the player's name.",
  'Listen to the audio':
    'Link that takes the place of an audio player in a feed item, when the player has no name.',
  'Listen to the audio: {title}':
    "Link that takes the place of an audio player in a feed item; {title} is the player's name.",
  'Open the embedded content':
    'Link that takes the place of embedded content (another site’s player or page) in a feed item, when it has no name.',
  'Open the embedded content: {title}':
    'Link that takes the place of embedded content in a feed item; {title} is its name.',
  'Feed: {title}':
    "Browser tab title of the page shown when a feed is opened in a browser; {title} is the feed's name.",
  'Visit the website':
    'Link to the site, near the top of the page shown when a feed is opened in a browser.',
  'This is a web feed':
    'Heading of the box that explains feeds, on the page shown when a feed is opened in a browser.',
  'A feed lets you follow this site in a feed reader: new entries arrive there automatically, in full, without an account or an algorithm.':
    'Text under “This is a web feed”, on the page shown when a feed is opened in a browser.',
  "To subscribe, copy this page's address into your feed reader: {address}":
    "Text under “This is a web feed”; {address} is the feed's address, shown as code.",
  'No feed reader yet? Most are free, on the web, phones and desktops; search for "RSS reader" to find one.':
    'Last text under “This is a web feed”; “RSS reader” is what to type into a search engine.',
  'Latest entries':
    "Heading of the list of the feed's entries, on the page shown when a feed is opened in a browser.",
  'Published {date}':
    'Under each entry of the page shown when a feed is opened in a browser; {date} is the date as the site\'s pages write it ("25 November 2026").',
} as const;
