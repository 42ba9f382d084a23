import { gateConfig } from './src/a11y/config.ts';
import { checkSources } from './src/a11y/source-check.ts';
const mode = process.argv[2];
const levels = mode === 'off' ? { 'inclusive-language': 'off', 'alt-quality': 'off' } : mode === 'il' ? { 'alt-quality': 'off' } : {};
const config = gateConfig({ rules: levels as never });
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = await checkSources(['/tmp/corpus/content/posts'], config);
  console.log(mode, (performance.now() - t).toFixed(0), 'ms', r.problems.length);
}
