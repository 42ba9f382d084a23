// @ts-check
// The accessibility gate's source rules for editors: with the remark language server (VS Code
// "remark" extension) problems show as you type. Needs a Node that runs .ts (22.18+ or 24).
import { loadGateConfig } from './src/a11y/site-config.ts';
import { commonplaceSyntax } from './src/a11y/source/syntax.ts';
import { sourceRulePlugins } from './src/a11y/source/check.ts';

const config = await loadGateConfig();

export default {
  plugins: [commonplaceSyntax, ...sourceRulePlugins(config)],
};
