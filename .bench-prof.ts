import { readFileSync, readdirSync } from 'node:fs';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseDocument } from 'yaml';
import { commonplaceSyntax, createSourceProcessor } from './src/a11y/source-check.ts';
import { gateConfig } from './src/a11y/config.ts';
import { collectProse } from './src/a11y/writing/prose.ts';
import { findWords, mayHoldFlaggedWord } from './src/a11y/writing/words.ts';
const dir = '/tmp/corpus/content/posts';
const files = readdirSync(dir).filter(f => f.endsWith('.mdx') || f.endsWith('.md')).map(f => new VFile({ path: `${dir}/${f}`, value: readFileSync(`${dir}/${f}`, 'utf8') }));
const p = unified().use(commonplaceSyntax).freeze();
const time = (label: string, fn: () => void) => { const t = process.cpuUsage(); fn(); const d = process.cpuUsage(t); console.log(label, ((d.user + d.system) / 1000).toFixed(0), 'ms cpu'); };
for (let round = 0; round < 2; round++) {
  let trees: any[] = [], proses: any[] = [];
  time('parse', () => { trees = files.map(f => p.parse(f)); });
  time('yaml', () => { for (const t of trees) { const y = t.children[0]; if (y?.type === 'yaml') parseDocument(y.value); } });
  time('collect', () => { proses = trees.map((tree, i) => collectProse(tree, files[i]!, mayHoldFlaggedWord)); });
  time('find', () => proses.forEach((pr, i) => findWords(pr, String(files[i]!.value), { profanities: false, allow: new Set() })));
  for (const [name, cfg] of [['gate-only', gateConfig({ rules: { 'inclusive-language': 'off', 'alt-quality': 'off' } })], ['all', gateConfig()]] as const) {
    const proc = createSourceProcessor(cfg);
    time(`run ${name}`, () => { trees.forEach((tree, i) => { const f = new VFile({ path: files[i]!.path, value: files[i]!.value }); proc.runSync(structuredClone(tree), f); }); });
  }
}
