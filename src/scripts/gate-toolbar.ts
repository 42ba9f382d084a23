/**
 * The accessibility gate's app in Astro's dev toolbar (`npm run dev` only; README "The gate
 * while you write"). It asks the dev server for the problems of the content files this page is
 * built from, lists them (rule, message, file and line; a click opens the place in the editor,
 * as Astro's own audit app does), counts them on the toolbar button, and follows every change
 * the server reports while you edit.
 */
import { defineToolbarApp } from 'astro/toolbar';
import {
  GATE_APP_ID,
  GATE_REPORT,
  GATE_REQUEST,
  editorUrl,
  gateSummary,
  normalizeSource,
  type GateReport,
  type GateRequest,
  type GateSummary,
} from '../lib/site/gate-panel.ts';
import { SOURCE_ATTRIBUTE } from '../lib/site/page-markers.ts';

const STYLE = `
  astro-dev-toolbar-window { width: min(640px, calc(100vw - 16px)); max-height: 60vh; overflow: auto; }
  header { display: flex; align-items: center; gap: 0.75em; margin-bottom: 0.5em; }
  h1 { font-size: 1.1em; margin: 0; color: #fff; font-weight: 600; }
  p { margin: 0.4em 0; line-height: 1.4; }
  ul { list-style: none; margin: 0.5em 0 0; padding: 0; display: grid; gap: 0.5em; }
  button.problem {
    display: grid; gap: 0.2em; width: 100%; text-align: left; font: inherit; color: inherit;
    background: rgba(255, 255, 255, 0.04); border: 1px solid #343841; border-radius: 8px;
    padding: 0.6em 0.75em; cursor: pointer;
  }
  button.problem:hover, button.problem:focus-visible { border-color: #9d8cff; background: rgba(157, 140, 255, 0.1); }
  button.problem:focus-visible { outline: 2px solid #9d8cff; outline-offset: 2px; }
  .rule { font-family: ui-monospace, monospace; color: #fff; }
  .severity { text-transform: uppercase; font-size: 0.75em; font-weight: 700; letter-spacing: 0.04em; }
  .severity-error { color: #ff8fa3; }
  .severity-warning { color: #f5d565; }
  .where { font-family: ui-monospace, monospace; font-size: 0.85em; color: #bfc1c9; }
  .note { color: #bfc1c9; }
`;

const OPEN_KEY = 'commonplace-gate:open';

/** The badge on the app's toolbar button: the count, in the notification's place and colour. */
function showCountOnButton(summary: GateSummary): void {
  const toolbar = document.querySelector('astro-dev-toolbar')?.shadowRoot;
  const button = toolbar?.querySelector<HTMLElement>(`.item[data-app-id="${GATE_APP_ID}"]`);
  if (!button) return; // In the toolbar's overflow menu: its notification dot still shows.
  const tooltip = button.querySelector<HTMLElement>('.item-tooltip');
  if (tooltip) tooltip.textContent = `Accessibility gate: ${summary.label.toLowerCase()}`;
  const notification = button.querySelector<HTMLElement>('.notification');
  if (!notification) return;
  if (!summary.count) {
    // Astro only hides an inactive notification: the count of the problems just fixed would
    // come back with the next notification of another kind.
    notification.querySelector('[data-gate-count]')?.remove();
    return;
  }
  const colour = summary.level === 'error' ? '#b3261e' : '#8a5a00';
  notification.innerHTML = `<span data-gate-count aria-hidden="true" style="position:absolute;top:-4px;left:-2px;min-width:16px;height:16px;padding:0 4px;border-radius:8px;background:${colour};color:#fff;font:700 10px/16px system-ui,sans-serif;text-align:center;box-sizing:border-box;box-shadow:0 0 0 2px #13151a;">${summary.count}</span>`;
}

export default defineToolbarApp({
  init(canvas, app, server) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    const panel = document.createElement('astro-dev-toolbar-window');
    panel.setAttribute('role', 'region');
    panel.setAttribute('aria-label', 'Accessibility gate');
    canvas.append(style, panel);

    let sources: string[] = [];
    let reports = new Map<string, GateReport>();

    const pageSources = () =>
      [
        ...new Set(
          [...document.querySelectorAll(`[${SOURCE_ATTRIBUTE}]`)]
            .map((el) => el.getAttribute(SOURCE_ATTRIBUTE) ?? '')
            .filter(Boolean)
            .map(normalizeSource),
        ),
      ].sort();

    const element = <K extends keyof HTMLElementTagNameMap>(
      name: K,
      text?: string,
      className?: string,
    ): HTMLElementTagNameMap[K] => {
      const el = document.createElement(name);
      if (text !== undefined) el.textContent = text;
      if (className) el.className = className;
      return el;
    };

    function render() {
      const known = sources.map((s) => reports.get(s)).filter((r): r is GateReport => !!r);
      const summary = gateSummary(known);
      app.toggleNotification(
        summary.level ? { state: true, level: summary.level } : { state: false },
      );
      showCountOnButton(summary);

      const header = element('header');
      const badge = element('astro-dev-toolbar-badge', String(summary.count));
      badge.dataset.gateCount = String(summary.count);
      badge.badgeStyle = summary.errors ? 'red' : summary.warnings ? 'yellow' : 'green';
      badge.setAttribute('aria-label', summary.label);
      header.append(element('h1', 'Accessibility gate'), badge);
      const body: HTMLElement[] = [header];

      if (sources.length === 0) {
        body.push(
          element(
            'p',
            'This page is not built from a content file. The gate checks the Markdown and MDX files in content/; `npm run check` lists every problem.',
            'note',
          ),
        );
      } else if (known.length < sources.length) {
        body.push(element('p', `Checking ${sources.join(', ')}…`, 'note'));
      } else {
        body.push(element('p', `${summary.label} in ${sources.join(', ')}.`, 'note'));
      }
      const list = element('ul');
      for (const report of known) {
        if (report.error) body.push(element('p', `${report.source}: ${report.error}`, 'note'));
        for (const problem of report.problems) {
          const button = element('button', undefined, 'problem');
          button.type = 'button';
          button.dataset.rule = problem.ruleId;
          const where = `${report.source}:${problem.line}:${problem.column}`;
          const heading = element('span');
          heading.append(
            element('span', problem.severity, `severity severity-${problem.severity}`),
            ' ',
            element('span', problem.ruleId, 'rule'),
          );
          button.append(
            heading,
            element('span', problem.message, 'message'),
            element('span', `${where} · open in editor`, 'where'),
          );
          button.addEventListener('click', () => {
            void fetch(editorUrl(report.file, problem));
          });
          const item = element('li');
          item.append(button);
          list.append(item);
        }
      }
      if (list.childElementCount) body.push(list);
      panel.replaceChildren(...body);
    }

    function request() {
      sources = pageSources();
      reports = new Map();
      render();
      if (sources.length) server.send<GateRequest>(GATE_REQUEST, { sources });
    }

    server.on<GateReport>(GATE_REPORT, (report) => {
      if (!sources.includes(report.source)) return;
      reports.set(report.source, report);
      render();
    });
    // A client-side navigation (view transitions) brings another page's sources.
    document.addEventListener('astro:page-load', request);
    request();

    // Saving a content file reloads the page in `astro dev`, which closes every toolbar app;
    // this one reopens, so the problems stay in view while you fix them.
    app.onToggled(({ state }) => {
      try {
        if (state) sessionStorage.setItem(OPEN_KEY, '1');
        else sessionStorage.removeItem(OPEN_KEY);
      } catch {
        // Storage blocked: the app just starts closed.
      }
    });
    try {
      if (sessionStorage.getItem(OPEN_KEY)) app.toggleState({ state: true });
    } catch {
      // as above
    }
  },
});
