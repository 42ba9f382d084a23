import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { README_URL, readmeAddress, readmeUrl } from '../../src/lib/site/readme-url.ts';
import { gateConfig } from '../../src/a11y/core/config.ts';
import { createSourceProcessor } from '../../src/a11y/source/check.ts';
import { ruleDocsUrl } from '../../src/a11y/core/rule.ts';
import { rules } from '../../src/a11y/rules/index.ts';
import { builtinModelsDir, loadModelDir } from '../../src/lib/reflection/reflection-model-files.ts';
import { readmeAnchors } from '../helpers/readme.ts';

const root = pathToFileURL(join(tmpdir(), 'project/'));

describe('the README link messages carry', () => {
  it('is the hosted README when package.json names the repository, in any form npm accepts', () => {
    const cases: [unknown, string][] = [
      ['github:you/notes', 'https://github.com/you/notes/tree/HEAD/README.md'],
      ['you/notes', 'https://github.com/you/notes/tree/HEAD/README.md'],
      [
        { type: 'git', url: 'git+https://github.com/you/notes.git' },
        'https://github.com/you/notes/tree/HEAD/README.md',
      ],
      [
        'git+ssh://git@gitlab.com/you/notes.git',
        'https://gitlab.com/you/notes/tree/HEAD/README.md',
      ],
      ['bitbucket:you/notes', 'https://bitbucket.org/you/notes/src/HEAD/README.md'],
      [
        { type: 'git', url: 'https://github.com/you/mono.git', directory: 'packages/site/' },
        'https://github.com/you/mono/tree/HEAD/packages/site/README.md',
      ],
    ];
    for (const [repository, address] of cases)
      expect(readmeAddress({ repository }, root), JSON.stringify(repository)).toBe(address);
  });

  it('is the README on disk without a repository, or one on a host it cannot map', () => {
    const local = new URL('README.md', root).href;
    expect(readmeAddress({}, root)).toBe(local);
    expect(readmeAddress(undefined, root)).toBe(local);
    expect(readmeAddress({ repository: 'https://forge.example.org/you/notes' }, root)).toBe(local);
    expect(readmeAddress({ repository: 42 }, root)).toBe(local);
  });

  it("is this project's own README: no address of a repository that does not exist", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    if (pkg.repository) {
      expect(README_URL).toBe(readmeAddress(pkg, new URL('../../', import.meta.url)));
    } else {
      expect(README_URL).toMatch(/^file:/);
      expect(existsSync(fileURLToPath(README_URL))).toBe(true);
    }
    expect(readmeUrl('image-alt')).toBe(`${README_URL}#image-alt`);
  });
});

describe('rule docs links', () => {
  const anchors = readmeAnchors();

  it('every rule has its own README anchor, named after its id', () => {
    expect(rules.map((rule) => rule.id).filter((id) => !anchors.has(id))).toEqual([]);
  });

  it("every message links to its rule's anchor", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-'));
    const path = join(dir, 'post.mdx');
    const text = [
      '---',
      'title: TODO a title',
      'pubDate: 30/11/2026',
      'model: gibbs',
      '---',
      '',
      '![](/media/missing.png) ![image](/media/photo.png) Hey guys.',
      '',
      '<video src="/media/clip.webm"></video>',
      '',
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      '',
      '<Vidoe src="/media/x.webm" />',
      '',
      '<YouTube id="abcDEFghi12" />',
      '',
      '[a page that is not there](/posts/nowhere/)',
    ].join('\n');
    writeFileSync(path, text);
    const config = gateConfig({}, {}, { models: loadModelDir(builtinModelsDir()).models });
    const processor = createSourceProcessor(config);
    const file = new VFile({ path, value: text });
    await processor.run(processor.parse(file), file);
    const seen = new Set(file.messages.map((m) => m.ruleId));
    // Enough rules fire to show the pattern holds for each kind of rule: model checks, raw lint
    // rules (todo, inclusive-language, reflection-model) and source halves of site checks.
    for (const id of [
      'image-alt',
      'media-transcript',
      'frame-title',
      'unknown-component',
      'todo',
      'inclusive-language',
      'reflection-model',
      'alt-quality',
    ])
      expect(seen, id).toContain(id);
    for (const message of file.messages)
      expect(message.url, `${message.ruleId}: ${message.reason}`).toBe(
        ruleDocsUrl(message.ruleId!),
      );
    for (const message of file.messages)
      expect(anchors, message.ruleId!).toContain(new URL(message.url!).hash.slice(1));
  });
});
