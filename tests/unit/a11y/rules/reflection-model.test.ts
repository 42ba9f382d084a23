import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';
import { modelDraftBody } from '../../../../src/lib/reflection/reflection-models.ts';
import {
  loadModelDir,
  builtinModelsDir,
} from '../../../../src/lib/reflection/reflection-model-files.ts';

const RULE = 'reflection-model';
const models = loadModelDir(builtinModelsDir()).models;

const post = (model: string, body: string) =>
  `---\ntitle: Week 7\ndescription: x\npubDate: 2026-11-01\nmodel: ${model}\n---\n\n${body}`;

/** `line message-start` of each finding, for compact assertions. */
async function found(text: string, ext: '.md' | '.mdx' = '.mdx') {
  return only(await lintSource(text, ext), RULE).map((p) => ({
    line: p.line,
    severity: p.severity,
    message: p.message,
  }));
}

const rolfe = (what: string, soWhat: string, nowWhat: string) =>
  post('rolfe', `## What?\n\n${what}\n\n## So what?\n\n${soWhat}\n\n## Now what?\n\n${nowWhat}\n`);

describe('reflection-model', () => {
  it('says nothing about a post that answers every section, or names no model', async () => {
    expect(await found(rolfe('We met.', 'It mattered.', 'I will write.'))).toEqual([]);
    expect(await found('---\ntitle: x\n---\n\n## Anything\n')).toEqual([]);
  });

  it('warns at model: for each section the post lacks, naming its heading and prompt', async () => {
    const problems = await found(post('rolfe', '## What?\n\nWe met.\n\n## So what\n\nIt did.\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 5, severity: 'warning' });
    expect(problems[0]!.message).toContain('"Now what?" section it lacks');
    expect(problems[0]!.message).toContain('add a heading "## Now what?"');
    expect(problems[0]!.message).toContain(models.rolfe!.sections[2]!.prompt);
  });

  it('warns at the heading of a section whose prompt is still only a comment, in MDX and Markdown', async () => {
    const mdx = post(
      'rolfe',
      '## What?\n\n{/* What happened? */}\n\n## So what?\n\nX.\n\n## Now what?\n\nY.\n',
    );
    expect((await found(mdx)).map((p) => p.line)).toEqual([8]);
    const md = post(
      'rolfe',
      '## What?\n\n<!-- What happened? -->\n\n## So what?\n\nX.\n\n## Now what?\n\nY.\n',
    );
    const problems = await found(md, '.md');
    expect(problems.map((p) => p.line)).toEqual([8]);
    expect(problems[0]!.message).toMatch(/^"What\?" has no answer yet/);
  });

  it('lists every empty section of a fresh draft, and none once each is answered', async () => {
    for (const ext of ['.mdx', '.md'] as const) {
      const draft = post('gibbs', modelDraftBody(models.gibbs!, ext));
      const problems = await lintSource(draft, ext);
      // The draft parses in its own syntax: its comments are comments there.
      expect(only(problems, 'parse-error'), ext).toEqual([]);
      expect(
        only(problems, RULE).map((p) => p.message.split(' has ')[0]),
        ext,
      ).toEqual(models.gibbs!.sections.map((s) => `"${s.heading}"`));
      const answered = draft.replace(/(## [^\n]+\n\n[^\n]+\n)/g, '$1\nMy answer.\n');
      expect(only(await lintSource(answered, ext), RULE), ext).toEqual([]);
    }
  });

  it('matches headings on their words, aliases, and a heading that starts with the section name', async () => {
    const kolb = post(
      'kolb',
      [
        '## Concrete experience: the fan zone\n\nI ran a stall.',
        '## REFLECTIVE OBSERVATION\n\nPeople asked about trains.',
        '## Abstract conceptualization\n\nTransport decides.',
        '## Active experimentation\n\nAsk organizers.',
      ].join('\n\n'),
    );
    expect(await found(kolb)).toEqual([]);
  });

  it('counts subsections, lists, images and components as an answer, but not a bare subheading separator', async () => {
    const text = post(
      '4f',
      [
        '## Facts\n\n### On the day\n\nIt rained.',
        '## Feelings\n\n- tired\n- glad',
        '## Findings\n\n<Callout>Ask earlier.</Callout>',
        '## Future\n\n---\n',
      ].join('\n\n'),
    );
    expect((await found(text)).map((p) => p.message.split(' has ')[0])).toEqual(['"Future"']);
  });

  it('leaves a model no file defines to content-reference, which reports it as an error', async () => {
    expect(await found(post('gibs', 'Text.'))).toEqual([]);
  });
});
