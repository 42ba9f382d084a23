import { describe, expect, it } from 'vitest';
import { checkProject, post } from '../project.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import {
  builtinModelsDir,
  loadModelDir,
} from '../../../../src/lib/reflection/reflection-model-files.ts';

const withModels = gateConfig(undefined, undefined, {
  models: loadModelDir(builtinModelsDir()).models,
});

const RULE = 'content-reference';
const course = 'title: C\nterm: Fall\ndescription: D\nmodules:\n  - id: week-one\n    title: One\n';
const network =
  'title: N\nentries:\n  - name: A forum\n    kind: community\n    perspectives: [fans]\n    status: following\n';

describe('content-reference', () => {
  it('passes references to courses, modules and networks that exist', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post('Body', 'course: pln-101\nmodule: week-one\n'),
          'content/guides/g.mdx': post('Body', 'network: tiny\n'),
          'content/courses/pln-101.yaml': course,
          'content/networks/tiny.yaml': network,
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('flags a missing course, module or network at its line, as the build does', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post('Body', 'course: pln-102\n'),
          'content/posts/b.md': post('Body', 'course: pln-101\nmodule: week-three\n'),
          'content/guides/g.mdx': post('Body', 'network: huge\n'),
          'content/courses/pln-101.yaml': course,
          'content/networks/tiny.yaml': network,
        },
        RULE,
      ),
    ).toEqual([
      'content/guides/g.mdx:5:1 network "huge" does not exist: use one of "tiny", or create content/networks/huge.yaml',
      'content/posts/a.md:5:1 course "pln-102" does not exist: did you mean "pln-101"? Otherwise create content/courses/pln-102.yaml',
      'content/posts/b.md:6:1 module "week-three" is not in course "pln-101": use one of "week-one", or add it to content/courses/pln-101.yaml',
    ]);
  });

  it('flags a reflection model no model file defines, at model:, with the models there are', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post('Body', 'model: gibs\n'),
          'content/posts/b.md': post('Body', 'model: rolfe\n'),
        },
        RULE,
        withModels,
      ),
    ).toEqual([
      'content/posts/a.md:5:1 model "gibs" is not a reflection model: did you mean "gibbs"? Otherwise add it under reflectionModels in src/site.config.ts',
    ]);
  });
});
