import type { GateRule } from '../rule.ts';
import parseError from './parse-error.ts';
import imageAlt from './image-alt.ts';
import svgName from './svg-name.ts';
import frameTitle from './frame-title.ts';
import mediaTranscript from './media-transcript.ts';
import linkTarget from './link-target.ts';
import altQuality from './alt-quality.ts';
import inclusiveLanguage from './inclusive-language.ts';
import frontmatterDate from './frontmatter-date.ts';
import componentProps from './component-props.ts';
import todo from './todo.ts';
import reflectionModel from './reflection-model.ts';

/**
 * Every gate rule, in report order. Adding a rule: write rules/<rule-id>.ts exporting a
 * GateRule, and add it here. Both layers, the CLI, the build and .remarkrc.mjs read this list.
 */
export const rules: GateRule[] = [
  parseError,
  imageAlt,
  svgName,
  frameTitle,
  mediaTranscript,
  linkTarget,
  altQuality,
  inclusiveLanguage,
  frontmatterDate,
  componentProps,
  todo,
  reflectionModel,
];
