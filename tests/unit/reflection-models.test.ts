import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtinModelsDir,
  loadModelDir,
  loadReflectionModels,
  parseModelFile,
  resolveModels,
} from '../../src/lib/reflection/reflection-model-files.ts';
import {
  draftComment,
  headingMatches,
  matchSections,
  modelDraftBody,
} from '../../src/lib/reflection/reflection-models.ts';
import { siteConfigSchema } from '../../src/schemas/site.ts';

describe('the built-in reflection models', () => {
  it('are one valid YAML file each: Gibbs, Rolfe, Kolb and 4F', () => {
    const { models, problems } = loadModelDir(builtinModelsDir());
    expect(problems).toEqual([]);
    expect(Object.keys(models).sort()).toEqual(['4f', 'gibbs', 'kolb', 'rolfe']);
    expect(readdirSync(builtinModelsDir()).sort()).toEqual([
      '4f.yaml',
      'gibbs.yaml',
      'kolb.yaml',
      'rolfe.yaml',
    ]);
    expect(models.gibbs!.sections.map((s) => s.heading)).toEqual([
      'Description',
      'Feelings',
      'Evaluation',
      'Analysis',
      'Conclusion',
      'Action plan',
    ]);
    expect(models.rolfe!.sections.map((s) => s.heading)).toEqual([
      'What?',
      'So what?',
      'Now what?',
    ]);
    expect(models['4f']!.sections.map((s) => s.heading)).toEqual([
      'Facts',
      'Feelings',
      'Findings',
      'Future',
    ]);
    expect(models.kolb!.sections).toHaveLength(4);
    for (const model of Object.values(models))
      for (const section of model.sections) expect(section.prompt).toMatch(/\S/);
  });
});

describe('model files', () => {
  it('name each problem with its line and field', () => {
    const { model, problems } = parseModelFile(
      'models/mine.yaml',
      'name: Mine\nsections:\n  - heading: One\n    prompt: First?\n  - heading: Two\n',
    );
    expect(model).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'models/mine.yaml', line: 5 });
    expect(problems[0]!.message).toMatch(/^sections\.1\.prompt: /);
    const broken = parseModelFile('m.yaml', 'name: [oops\n');
    expect(broken.problems[0]!.message).toContain('not valid YAML');
  });

  it('refuse a field no model has, naming the one meant, at its line', () => {
    const text =
      'name: Mine\nsections:\n  - heading: One\n    prompt: First?\n    alaises: [Uno]\nsoruce: Me\n';
    const { model, problems } = parseModelFile('models/mine.yaml', text);
    expect(model).toBeUndefined();
    expect(problems.map((p) => `${p.line} ${p.message.split(':')[0]}`)).toEqual([
      '5 sections.0.alaises is not a field of a model (did you mean sections.0.aliases?)',
      '6 soruce is not a field of a model (did you mean source?)',
    ]);
    // The fix: the names it suggests.
    const fixed = parseModelFile(
      'models/mine.yaml',
      text.replace('alaises', 'aliases').replace('soruce', 'source'),
    );
    expect(fixed.problems).toEqual([]);
    expect(fixed.model?.sections[0]?.aliases).toEqual(['Uno']);
  });

  it('reject a file name that cannot be an id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'models-'));
    writeFileSync(join(dir, 'My Model.yaml'), 'name: x\nsections: [{ heading: a, prompt: b }]\n');
    const { models, problems } = loadModelDir(dir);
    expect(models).toEqual({});
    expect(problems[0]!.message).toContain('"My Model" cannot be a model id');
  });

  it('can be added or replaced from the site config, inline or as a YAML file', () => {
    const root = mkdtempSync(join(tmpdir(), 'site-'));
    writeFileSync(
      join(root, 'star.yaml'),
      'name: STAR\nsections:\n  - heading: Situation\n    prompt: Where?\n  - heading: Result\n    prompt: What came of it?\n',
    );
    const builtin = loadModelDir(builtinModelsDir()).models;
    const site = siteConfigSchema.parse({
      title: 'x',
      description: 'x',
      url: 'https://example.org',
      author: { name: 'x' },
      reflectionModels: {
        star: './star.yaml',
        gibbs: { name: 'Gibbs, short', sections: [{ heading: 'What', prompt: 'What?' }] },
        missing: './nowhere.yaml',
      },
    });
    const { models, problems } = resolveModels(builtin, site.reflectionModels, root);
    expect(models.star!.sections.map((s) => s.heading)).toEqual(['Situation', 'Result']);
    expect(models.gibbs!.name).toBe('Gibbs, short');
    expect(models.rolfe).toEqual(builtin.rolfe);
    expect(problems).toEqual([
      {
        file: 'src/site.config.ts',
        message:
          'reflectionModels.missing: nowhere.yaml does not exist: create it, or fix the path (it is relative to the project root).',
      },
    ]);
    expect(loadReflectionModels({}, root).models).toEqual(builtin);
  });
});

describe('matching headings to sections', () => {
  const section = { heading: 'So what?', prompt: 'p', aliases: ['Why it matters'] };
  it('ignores case and punctuation and accepts a longer heading that starts with the name', () => {
    expect(headingMatches('So what', section)).toBe(true);
    expect(headingMatches('SO WHAT?!', section)).toBe(true);
    expect(headingMatches('So what: the fans', section)).toBe(true);
    expect(headingMatches('Why it matters', section)).toBe(true);
    expect(headingMatches('So whatever', section)).toBe(false);
    expect(headingMatches('Now what?', section)).toBe(false);
  });
  it('gives each heading to one section, in order', () => {
    const model = {
      name: 'm',
      description: '',
      sections: [
        { heading: 'What?', prompt: 'a', aliases: [] },
        { heading: 'So what?', prompt: 'b', aliases: [] },
        { heading: 'Now what?', prompt: 'c', aliases: [] },
      ],
    };
    expect(matchSections(['Intro', 'What happened', 'Now what', 'So what'], model)).toEqual([
      1, 3, 2,
    ]);
    expect(matchSections(['What?'], model)).toEqual([0, -1, -1]);
  });
});

describe('draft comments', () => {
  it('use the comment syntax of the file type and cannot be closed early', () => {
    expect(draftComment('What happened?', '.mdx')).toBe('{/* What happened? */}');
    expect(draftComment('What happened?', '.md')).toBe('<!-- What happened? -->');
    expect(draftComment('a */ b', '.mdx')).toBe('{/* a * / b */}');
    expect(draftComment('a --> b', '.md')).toBe('<!-- a – b -->');
  });
  it('put a heading per section, with its prompt as a comment under it', () => {
    const model = loadModelDir(builtinModelsDir()).models.rolfe!;
    const body = modelDraftBody(model, '.mdx');
    expect(body).toContain('## What?\n\n{/* What happened, what was your part in it');
    expect(body.match(/^## /gm)).toHaveLength(3);
    expect(
      modelDraftBody(
        { ...model, sections: [{ heading: 'A {b} <c>', prompt: 'p', aliases: [] }] },
        '.mdx',
      ),
    ).toContain('## A \\{b\\} \\<c\\>');
  });
});
