import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveGateToolbar } from '../../src/integrations/gate-toolbar.ts';
import {
  GATE_REPORT,
  GATE_REQUEST,
  editorUrl,
  gateSummary,
  normalizeSource,
  type GateReport,
} from '../../src/lib/site/gate-panel.ts';
import type { Problem } from '../../src/a11y/core/types.ts';

const problem = (severity: Problem['severity'], line = 3): Problem => ({
  file: 'content/posts/a.md',
  line,
  column: 1,
  ruleId: severity === 'error' ? 'image-alt' : 'inclusive-language',
  severity,
  message: 'm',
});

describe('gateSummary', () => {
  it('counts errors and warnings and picks the notification level', () => {
    const report = (problems: Problem[]): GateReport => ({ source: 's', file: '/s', problems });
    expect(gateSummary([])).toEqual({
      count: 0,
      errors: 0,
      warnings: 0,
      level: undefined,
      label: 'No problems',
    });
    expect(gateSummary([report([problem('warning')])])).toMatchObject({
      count: 1,
      level: 'warning',
      label: '1 problem (1 warning)',
    });
    expect(
      gateSummary([report([problem('error'), problem('warning')]), report([problem('error')])]),
    ).toMatchObject({
      count: 3,
      errors: 2,
      warnings: 1,
      level: 'error',
      label: '3 problems (2 errors, 1 warning)',
    });
  });
});

describe('paths and editor links', () => {
  it('writes sources the way pages and the server both do', () => {
    expect(normalizeSource('./content/posts/a.md')).toBe('content/posts/a.md');
    expect(normalizeSource('content\\posts\\a.md')).toBe('content/posts/a.md');
  });

  it('opens file:line:column through the dev server', () => {
    expect(editorUrl('/site/content/posts/a b.md', { line: 6, column: 24 })).toBe(
      '/__open-in-editor?file=%2Fsite%2Fcontent%2Fposts%2Fa%20b.md%3A6%3A24',
    );
  });
});

describe('serveGateToolbar', () => {
  let root: string;
  let sent: { event: string; report: GateReport }[];
  let handlers: Map<string, (data: unknown) => void>;
  let watcher: EventEmitter;
  let checked: string[];

  const toolbar = {
    send: (event: string, report: unknown) => sent.push({ event, report: report as GateReport }),
    on: (event: string, handler: (data: unknown) => void) => handlers.set(event, handler),
    onAppInitialized: () => {},
    onAppToggled: () => {},
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const waitForReports = async (count: number) => {
    for (let i = 0; i < 100 && sent.length < count; i++) await settle();
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'gate-toolbar-'));
    mkdirSync(join(root, 'content/posts/week-1'), { recursive: true });
    writeFileSync(join(root, 'content/posts/a.md'), '# A');
    writeFileSync(join(root, 'content/posts/week-1/index.mdx'), '# B');
    writeFileSync(join(root, 'content/posts/week-1/talk.transcript.md'), 'Words');
    writeFileSync(join(root, 'secret.md'), '# not content');
    sent = [];
    handlers = new Map();
    watcher = new EventEmitter();
    checked = [];
    serveGateToolbar(toolbar as never, {
      root,
      contentDir: join(root, 'content'),
      watcher: watcher as never,
      check: async (file) => {
        checked.push(file);
        return file.endsWith('a.md') ? [problem('error', 1)] : [];
      },
    });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('answers a page’s request with each source’s problems', async () => {
    handlers.get(GATE_REQUEST)!({
      sources: ['content/posts/a.md', './content/posts/week-1/index.mdx'],
    });
    await waitForReports(2);
    const reports = sent.map(({ event, report }) => ({ event, ...report }));
    expect(reports.map((r) => r.event)).toEqual([GATE_REPORT, GATE_REPORT]);
    const bySource = Object.fromEntries(reports.map((r) => [r.source, r]));
    expect(bySource['content/posts/a.md']).toMatchObject({
      file: join(root, 'content/posts/a.md'),
      problems: [problem('error', 1)],
    });
    expect(bySource['content/posts/week-1/index.mdx']!.problems).toEqual([]);
  });

  it('never reads a file outside content/, a transcript or a missing file', async () => {
    handlers.get(GATE_REQUEST)!({
      sources: [
        'secret.md',
        '../etc/passwd',
        'content/posts/week-1/talk.transcript.md',
        'content/posts/gone.md',
        42,
      ],
    });
    await waitForReports(4);
    expect(checked).toEqual([]);
    expect(sent.map(({ report }) => [report.source, report.error])).toEqual([
      ['secret.md', 'not a content file the gate checks'],
      ['../etc/passwd', 'not a content file the gate checks'],
      ['content/posts/week-1/talk.transcript.md', 'not a content file the gate checks'],
      ['content/posts/gone.md', 'not a content file the gate checks'],
    ]);
    handlers.get(GATE_REQUEST)!(undefined);
    await settle();
    expect(sent).toHaveLength(4);
  });

  it('re-checks the entries beside a transcript that came, changed or went', async () => {
    for (const event of ['add', 'change', 'unlink']) {
      sent = [];
      checked = [];
      watcher.emit(event, join(root, 'content/posts/week-1/talk.transcript.md'));
      await waitForReports(1);
      expect(checked).toEqual([join(root, 'content/posts/week-1/index.mdx')]);
      expect(sent.map(({ report }) => report.source)).toEqual(['content/posts/week-1/index.mdx']);
    }
    // A file outside content/ changes nothing.
    sent = [];
    watcher.emit('change', join(root, 'secret.txt'));
    await settle();
    expect(sent).toEqual([]);
  });
});

describe('serveGateToolbar.publish', () => {
  it('tells the pages a content file’s new problems, and nothing for other files', () => {
    const sent: unknown[] = [];
    const panel = serveGateToolbar(
      { send: (_: string, report: unknown) => sent.push(report), on: () => {} } as never,
      {
        root: '/site',
        contentDir: '/site/content',
        watcher: new EventEmitter() as never,
        check: async () => [],
      },
    );
    panel.publish('/site/content/posts/a.md', [problem('warning')]);
    panel.publish('/site/src/pages/x.md', [problem('warning')]);
    expect(sent).toEqual([
      {
        source: 'content/posts/a.md',
        file: '/site/content/posts/a.md',
        problems: [problem('warning')],
      },
    ]);
  });
});
