import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import type { GateRule } from '../../../src/a11y/core/rule.ts';
import type { Problem } from '../../../src/a11y/core/types.ts';
import { checkPage } from '../../../src/a11y/html/check.ts';
import imageAlt from '../../../src/a11y/rules/image-alt.ts';
import { checkSourcesWithCache, type SourceChecker } from '../../../src/a11y/run/cache.ts';
import { checkSource, createSourceProcessor } from '../../../src/a11y/source/check.ts';
import { hashText } from '../../../src/lib/util/file-deps.ts';
import { post, project } from './project.ts';

/** A rule whose module could not load what it needs, as after a partial `npm install`. */
const missingPackage: GateRule = {
  id: 'text-lang',
  severity: 'warning',
  source: () => {
    throw new Error(
      "Cannot find module 'franc-min'\nRequire stack:\n- /site/src/a11y/writing/text-language.ts",
    );
  },
};

/** A rule with a bug, on both layers, at the level of an error. */
const buggy: GateRule = {
  id: 'image-motion',
  severity: 'error',
  source: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'attrs')");
  },
  html: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'attrs')");
  },
};

const short = (p: Problem) =>
  `${p.line}:${p.column} ${p.severity} ${p.ruleId}${p.failed ? ' (failed)' : ''}: ${p.message}`;

describe('a rule that throws on a file', () => {
  it('is said at its level with what to do, and the other rules still judge the file', async () => {
    const root = project({ 'content/posts/a.md': post('![](./chart.png)') });
    const path = join(root, 'content/posts/a.md');
    const processor = createSourceProcessor(gateConfig(), [missingPackage, buggy, imageAlt]);
    const problems = await checkSource(processor, path, readFileSync(path, 'utf8'), root);
    expect(problems.map(short)).toEqual([
      "1:1 warning text-lang (failed): The gate could not run text-lang on this file (Cannot find module 'franc-min'): run npm ci to install what the project's lockfile lists",
      "1:1 error image-motion (failed): The gate could not run image-motion on this file (Cannot read properties of undefined (reading 'attrs')): please report this, with the file",
      expect.stringMatching(/^7:1 error image-alt: /),
    ]);
  });

  it('is said on a built page too, where the other rules still judge it', () => {
    const page = checkPage(
      '<!doctype html><html lang="en"><head><title>T</title></head><body><main><img src="/a.png"></main></body></html>',
      gateConfig(),
      { rules: [buggy, imageAlt] },
    );
    expect(page.problems.map(short)).toEqual([
      "1:1 error image-motion (failed): The gate could not run image-motion on this file (Cannot read properties of undefined (reading 'attrs')): please report this, with the file",
      expect.stringMatching(/^1:\d+ error image-alt: /),
    ]);
  });

  it('is not kept in the check’s cache, so the next check runs the rule again', async () => {
    const root = project({
      'content/posts/a.md': post('Words.'),
      'content/posts/b.md': post('More.'),
    });
    const files: string[] = [];
    let calls = 0;
    const checker: SourceChecker = {
      async recorded(list) {
        calls++;
        files.push(...list);
        return list.map((file) => ({
          file,
          hash: hashText(readFileSync(file, 'utf8')),
          deps: [],
          problems: file.endsWith('a.md')
            ? [
                {
                  file,
                  line: 1,
                  column: 1,
                  ruleId: 'text-lang',
                  severity: 'warning',
                  message: 'The gate could not run text-lang',
                  failed: true,
                },
              ]
            : [],
        }));
      },
      all: () => Promise.reject(new Error('not asked')),
    };
    const run = () =>
      checkSourcesWithCache(
        [join(root, 'content/posts')],
        gateConfig(),
        root,
        { dir: join(root, 'cache') },
        checker,
      );
    expect((await run()).cached).toBe(0);
    const second = await run();
    // b.md was judged and is answered from the cache; a.md's rule failed, so it is checked again.
    expect(second.cached).toBe(1);
    expect(calls).toBe(2);
    expect(files.filter((file) => file.endsWith('a.md'))).toHaveLength(2);
    expect(files.filter((file) => file.endsWith('b.md'))).toHaveLength(1);
    expect(second.problems.map((p) => p.message)).toEqual(['The gate could not run text-lang']);
  });
});
