import { describe, expect, it } from 'vitest';
import { wrappedLink } from '../../src/lib/site/link-wrappers.ts';

const FIA = 'https://www.fia.com/sustainability?year=2026';

describe('wrappedLink', () => {
  it('finds the address each wrapper leads to, as the services write them', () => {
    const cases: [string, string][] = [
      [
        `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(FIA)}&data=05%7C02%7Csam%40uni.ac.uk%7C0a1b&sdata=x&reserved=0`,
        "Outlook's Safe Links",
      ],
      [
        `https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=${encodeURIComponent(FIA)}&locale=en-gb`,
        "Microsoft Teams' Safe Links",
      ],
      [
        'https://urldefense.proofpoint.com/v2/url?u=https-3A__www.fia.com_sustainability-3Fyear-3D2026&d=DwMFaQ&c=x&r=y',
        "Proofpoint's URL Defense",
      ],
      [
        'https://urldefense.com/v3/__https://www.fia.com/sustainability?year=2026__;!!Bt8fGhp8LhKGRg!abc$',
        "Proofpoint's URL Defense",
      ],
      [
        `https://linkprotect.cudasvc.com/url?a=${encodeURIComponent(FIA)}&c=E,1,x&typo=1`,
        "Barracuda's link protection",
      ],
      [
        `https://www.google.com/url?q=${encodeURIComponent(FIA)}&sa=D&source=editors&ust=1&usg=x`,
        "Google's redirect",
      ],
      [
        `https://l.facebook.com/l.php?u=${encodeURIComponent(FIA)}&h=AT0x`,
        "Facebook's link redirect",
      ],
      [`https://l.instagram.com/?u=${encodeURIComponent(FIA)}&e=x`, "Instagram's link redirect"],
      [
        `https://www.linkedin.com/redir/redirect?url=${encodeURIComponent(FIA)}&urlhash=x`,
        "LinkedIn's link redirect",
      ],
      [`https://slack-redir.net/link?url=${encodeURIComponent(FIA)}`, "Slack's link redirect"],
      [
        `https://www.youtube.com/redirect?event=video_description&q=${encodeURIComponent(FIA)}&v=x`,
        "YouTube's link redirect",
      ],
    ];
    for (const [href, service] of cases)
      expect(wrappedLink(href), href).toMatchObject({ service, target: FIA });
    // Only Safe Links' data= carries the address the email was sent to.
    expect(wrappedLink(cases[0]![0])?.carriesEmail).toBe(true);
    expect(wrappedLink(cases[5]![0])?.carriesEmail).toBe(false);
  });

  it('unwraps one wrapper inside another, and leaves what only the service knows unsaid', () => {
    const google = `https://www.google.com/url?q=${encodeURIComponent(FIA)}&sa=D`;
    expect(
      wrappedLink(
        `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(google)}&data=x`,
      )?.target,
    ).toBe(FIA);
    expect(wrappedLink('https://protect-eu.mimecast.com/s/AbCdEfGhIj?domain=fia.com')).toEqual({
      service: "Mimecast's link protection",
      from: 'an email',
      carriesEmail: false,
    });
    // A URL Defense v3 link whose address lost characters to its tail (`*`) says nothing certain.
    expect(
      wrappedLink('https://urldefense.com/v3/__https://www.fia.com/a*b__;Kw!!x')?.target,
    ).toBeUndefined();
    // A target that is no web page or email address is not given.
    expect(wrappedLink('https://www.google.com/url?q=javascript:alert(1)')?.target).toBeUndefined();
  });

  it('leaves the services’ own pages and every other link alone', () => {
    for (const href of [
      FIA,
      'https://www.google.com/search?q=pit+stops',
      'https://www.google.com/maps/place/Silverstone',
      'https://www.facebook.com/fia',
      'https://www.linkedin.com/in/sam',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://outlook.office.com/mail/',
      '/posts/week-3/',
      'mailto:sam@example.org',
      'not a url',
    ])
      expect(wrappedLink(href), href).toBeUndefined();
  });
});
