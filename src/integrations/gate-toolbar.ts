import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { HookParameters } from 'astro';
import { SOURCE_EXTENSIONS } from '../a11y/core/source-files.ts';
import { displayPath } from '../a11y/core/report.ts';
import type { Problem } from '../a11y/core/types.ts';
import {
  GATE_APP_ID,
  GATE_REPORT,
  GATE_REQUEST,
  normalizeSource,
  type GateReport,
  type GateRequest,
} from '../lib/site/gate-panel.ts';

/**
 * The accessibility gate in Astro's dev toolbar (README "The gate while you write"): the app
 * (src/scripts/gate-toolbar.ts) asks for the problems of the content files the current page is
 * built from; the dev server answers with the gate's own source check, and again whenever one
 * of those files changes (watchSourceGate in gate.ts calls `publish`).
 */

// A page, an open book and a tick: "what you publish, checked".
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="none" aria-hidden="true"><path fill="#fff" d="M4 2.5A1.5 1.5 0 0 1 5.5 1h6.4L16 5.1v4.2a5.6 5.6 0 0 0-1.6-.5V6h-3.2a.8.8 0 0 1-.8-.8V2.6H5.6v14.8h3.6c.3.6.7 1.1 1.1 1.6H5.5A1.5 1.5 0 0 1 4 17.5v-15Z"/><path fill="#fff" d="M14.1 10a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9Zm2 2.6-2.7 2.9-1.4-1.3-.9 1 2.3 2.2 3.6-3.8-.9-1Z"/></svg>';

/** astro:config:setup, `astro dev` only: adds the app to the dev toolbar. */
export function addGateToolbar({
  command,
  addDevToolbarApp,
}: Pick<HookParameters<'astro:config:setup'>, 'command' | 'addDevToolbarApp'>): void {
  if (command !== 'dev') return;
  addDevToolbarApp({
    id: GATE_APP_ID,
    name: 'Accessibility gate',
    icon: ICON,
    entrypoint: new URL('../scripts/gate-toolbar.ts', import.meta.url),
  });
}

export interface GateToolbarServer {
  /** Tells every open page the new problems of `file` (absolute), e.g. after it changed. */
  publish(file: string, problems: Problem[]): void;
}

interface ServeOptions {
  root: string;
  contentDir: string;
  /** The gate's source check of one file (absolute path), as the dev server's warnings use it. */
  check(file: string): Promise<Problem[]>;
  /** The dev server's file watcher. */
  watcher: HookParameters<'astro:server:setup'>['server']['watcher'];
}

/** Only what the gate checks: Markdown and MDX under content/, never transcripts. */
function checkable(file: string, contentDir: string): boolean {
  const inside = relative(contentDir, file);
  return (
    inside !== '' &&
    !inside.startsWith('..') &&
    !inside.startsWith(sep) &&
    SOURCE_EXTENSIONS.has(extname(file).toLowerCase()) &&
    !file.endsWith('.transcript.md')
  );
}

/** astro:server:setup: answers the app's requests with the source check's problems. */
export function serveGateToolbar(
  toolbar: HookParameters<'astro:server:setup'>['toolbar'],
  { root, contentDir, check, watcher }: ServeOptions,
): GateToolbarServer {
  const report = (file: string, problems: Problem[], error?: string): GateReport => ({
    source: normalizeSource(displayPath(file, root)),
    file,
    problems,
    ...(error ? { error } : {}),
  });

  toolbar.on<GateRequest>(GATE_REQUEST, (request) => {
    const sources = Array.isArray(request?.sources) ? request.sources : [];
    for (const source of sources.filter((s): s is string => typeof s === 'string')) {
      const file = resolve(root, source);
      // The page names its own source; a name outside content/ gets no file read, only a note.
      if (!checkable(file, contentDir) || !existsSync(file)) {
        toolbar.send(GATE_REPORT, {
          ...report(file, [], 'not a content file the gate checks'),
          source: normalizeSource(source),
        });
        continue;
      }
      check(file).then(
        (problems) => toolbar.send(GATE_REPORT, report(file, problems)),
        (error: Error) => toolbar.send(GATE_REPORT, report(file, [], error.message)),
      );
    }
  });

  /**
   * A transcript or captions file came, changed or went: the entries beside it may have gained
   * or lost their transcript, so their pages hear it now, not at the next edit of the entry.
   */
  const recheckBeside = async (changed: string) => {
    if (!changed.startsWith(contentDir) || checkable(changed, contentDir)) return;
    const folder = dirname(changed);
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const file of names.map((name) => join(folder, name))) {
      if (!checkable(file, contentDir)) continue;
      await check(file).then(
        (problems) => toolbar.send(GATE_REPORT, report(file, problems)),
        () => undefined, // gone meanwhile: its page is gone too
      );
    }
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, recheckBeside);

  return {
    publish(file, problems) {
      if (checkable(file, contentDir)) toolbar.send(GATE_REPORT, report(file, problems));
    },
  };
}
