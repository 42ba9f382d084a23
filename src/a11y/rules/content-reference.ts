import { relative, sep } from 'node:path';
import { readEntryReferences, referenceProblems } from '../../lib/content/references.ts';
import { collectionOf, contentIndexFor } from '../core/content-index.ts';
import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * `content-reference`: an entry's `course`, `module`, `network` and `model` must name a course
 * file, a module of that course, a network file and a reflection model that exist. The build checks the same (with the same
 * functions, src/lib/content/references.ts) before it loads content; here it is reported before any build.
 */
export function checkContentReferences(model: Model, ctx: CheckContext, report: Report): void {
  if (!ctx.file) return;
  const index = contentIndexFor(ctx.file, ctx.config.folders);
  if (!index) return;
  const collection = collectionOf(ctx.file, index.contentDir);
  if (collection !== 'posts' && collection !== 'guides') return;
  // Most entries name no course or network: no need to read their YAML a second time.
  const data = model.frontmatter?.data ?? {};
  if (['course', 'module', 'network', 'model'].every((key) => data[key] === undefined)) return;
  const rel = relative(index.root, ctx.file).split(sep).join('/');
  const refs = readEntryReferences(rel, collection, model.text);
  if (!refs) return;
  const starts = [0];
  for (let i = model.text.indexOf('\n'); i !== -1; i = model.text.indexOf('\n', i + 1))
    starts.push(i + 1);
  // A bare gate config has no models loaded (src/a11y/site-config.ts loads them): then there is
  // nothing to judge a `model:` against.
  const models = Object.keys(ctx.config.models).length > 0 ? ctx.config.models : undefined;
  // Only what references need: spreading the index would read every entry's frontmatter for
  // its `files` (and tie the cached result to the clock).
  const known = { courses: index.courses, networks: index.networks, models };
  for (const problem of referenceProblems([refs], known))
    report(starts[(problem.line ?? 1) - 1] ?? 0, problem.message);
}

/**
 * `content-reference`: a `course`, `module` or `model` (and a guide's `network`) that names nothing in `content/courses/`, the course's modules, `content/networks/` or the [reflection models](#reflection-models). The build checks the same before it loads content.
 *
 * @fix Use one of the ids the message lists, or create the file.
 *
 * @example
 *   {"name": "ok.md", "files": {"content/courses/pln.yaml": "title: PLN\ndescription: D.\nmodules:\n  - id: networks\n    title: Networks\n"}}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   course: pln
 *   module: networks
 *   model: gibbs
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "files": {"content/courses/pln.yaml": "title: PLN\ndescription: D.\nmodules:\n  - id: networks\n    title: Networks\n"}}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   course: pln
 *   module: campaign
 *   model: gibs
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   6:1: module "campaign" is not in course "pln": use one of "networks", or add it to content/courses/pln.yaml
 *   7:1: model "gibs" is not a reflection model: did you mean "gibbs"? Otherwise add it under reflectionModels in src/site.config.ts
 *
 * @example
 *   {"name": "ok.mdx", "dir": "content/guides/f1", "files": {"content/networks/f1.yaml": "title: F1 network\nentries: []\n"}}
 *
 *   ---
 *   title: A PLN for a Formula 1 campaign
 *   description: Six steps.
 *   pubDate: 2026-11-02
 *   network: f1
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input", "dir": "content/guides/f1"}
 *
 *   ---
 *   title: A PLN for a Formula 1 campaign
 *   description: Six steps.
 *   pubDate: 2026-11-02
 *   network: f1
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   5:1: network "f1" does not exist: create content/networks/f1.yaml
 */
const rule: GateRule = {
  id: 'content-reference',
  severity: 'error',
  source: checkContentReferences,
};
export default rule;
