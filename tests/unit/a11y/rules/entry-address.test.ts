import { describe, expect, it } from 'vitest';
import { checkProject, post } from '../project.ts';

const RULE = 'entry-address';
const ID = '1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6';
const UUID = '6f1c2d3e-0a1b-4c5d-8e9f-0a1b2c3d4e5f';

describe('entry-address', () => {
  it('names the id an exported page’s file carries, with the file or folder to rename', async () => {
    expect(
      await checkProject(
        {
          [`content/posts/Week 4 reflection ${ID}.md`]: post('Text.', '', 'Week 4'),
          [`content/guides/Plan a campaign ${ID}/index.mdx`]: post('Text.', '', 'Plan'),
          [`content/posts/Pit stops-${UUID}.md`]: post('Text.', '', 'Pit stops'),
          [`content/posts/${ID}.md`]: post('Text.', '', 'A page with no name'),
        },
        RULE,
      ),
    ).toEqual([
      `content/guides/Plan a campaign ${ID}/index.mdx:1:1 Plan a campaign ${ID}/ ends in the id Notion's export gives every page (${ID}), which becomes part of its address, /guides/plan-a-campaign-${ID}/, one readers see and share: rename the folder plan-a-campaign, or write slug: plan-a-campaign in the frontmatter`,
      `content/posts/${ID}.md:1:1 ${ID}.md ends in the id Notion's export gives every page (${ID}), which becomes part of its address, /posts/${ID}/, one readers see and share: rename the file a-page-with-no-name.md, or write slug: a-page-with-no-name in the frontmatter`,
      `content/posts/Pit stops-${UUID}.md:1:1 Pit stops-${UUID}.md ends in an id the tool it came from gave it (${UUID}), which becomes part of its address, /posts/pit-stops-${UUID}/, one readers see and share: rename the file pit-stops.md, or write slug: pit-stops in the frontmatter`,
      `content/posts/Week 4 reflection ${ID}.md:1:1 Week 4 reflection ${ID}.md ends in the id Notion's export gives every page (${ID}), which becomes part of its address, /posts/week-4-reflection-${ID}/, one readers see and share: rename the file week-4-reflection.md, or write slug: week-4-reflection in the frontmatter`,
    ]);
  });

  it('asks for a slug where the name without the id is another entry’s address', async () => {
    expect(
      await checkProject(
        {
          [`content/posts/Untitled ${ID}.md`]: post('Text.', '', 'First'),
          'content/posts/untitled.md': post('Text.', '', 'Second'),
        },
        RULE,
      ),
    ).toEqual([
      `content/posts/Untitled ${ID}.md:1:1 Untitled ${ID}.md ends in the id Notion's export gives every page (${ID}), which becomes part of its address, /posts/untitled-${ID}/, one readers see and share: give it an address of its own with slug: in the frontmatter, as another entry has untitled`,
    ]);
  });

  it('passes each fix, and names that only look like ids', async () => {
    expect(
      await checkProject(
        {
          'content/posts/week-4-reflection.md': post('Text.', '', 'Week 4'),
          [`content/posts/Pit stops ${ID}.md`]: post('Text.', 'slug: pit-stops\n', 'Pit stops'),
          'content/posts/2026-11-30-week-4.md': post('Text.', '', 'Dated'),
          'content/posts/cafe-face-deadbeef.md': post('Text.', '', 'Words'),
          'content/posts/week-12345678901234567890123456789012.md': post('Text.', '', 'Digits'),
        },
        RULE,
      ),
    ).toEqual([]);
  });
});
