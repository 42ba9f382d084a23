import type { GateRule } from '../core/rule.ts';
import parseError from './parse-error.ts';
import contentSchema from './content-schema.ts';
import unknownField from './unknown-field.ts';
import contentReference from './content-reference.ts';
import duplicateUrl from './duplicate-url.ts';
import duplicateTitle from './duplicate-title.ts';
import entryAddress from './entry-address.ts';
import unknownComponent from './unknown-component.ts';
import undefinedName from './undefined-name.ts';
import componentReturn from './component-return.ts';
import imageAlt from './image-alt.ts';
import svgName from './svg-name.ts';
import objectAlt from './object-alt.ts';
import frameTitle from './frame-title.ts';
import linkName from './link-name.ts';
import linkPurpose from './link-purpose.ts';
import hiddenFocus from './hidden-focus.ts';
import nestedInteractive from './nested-interactive.ts';
import buttonName from './button-name.ts';
import summaryName from './summary-name.ts';
import fieldName from './field-name.ts';
import ariaAttribute from './aria-attribute.ts';
import headingOrder from './heading-order.ts';
import headingName from './heading-name.ts';
import headingSyntax from './heading-syntax.ts';
import boldHeading from './bold-heading.ts';
import textContrast from './text-contrast.ts';
import pageLang from './page-lang.ts';
import pageTitle from './page-title.ts';
import langTag from './lang-tag.ts';
import textLang from './text-lang.ts';
import pageZoom from './page-zoom.ts';
import pageRefresh from './page-refresh.ts';
import mediaTranscript from './media-transcript.ts';
import mediaAutoplay from './media-autoplay.ts';
import imageMotion from './image-motion.ts';
import movingText from './moving-text.ts';
import linkTarget from './link-target.ts';
import wrappedLink from './wrapped-link.ts';
import entryScript from './entry-script.ts';
import assetTarget from './asset-target.ts';
import inlineImage from './inline-image.ts';
import altQuality from './alt-quality.ts';
import inclusiveLanguage from './inclusive-language.ts';
import hashtags from './hashtags.ts';
import tagSpelling from './tag-spelling.ts';
import frontmatterDate from './frontmatter-date.ts';
import unlikelyDate from './unlikely-date.ts';
import frontmatterMarkup from './frontmatter-markup.ts';
import componentProps from './component-props.ts';
import todo from './todo.ts';
import templateSyntax from './template-syntax.ts';
import linkSyntax from './link-syntax.ts';
import tableSyntax from './table-syntax.ts';
import tableHeader from './table-header.ts';
import htmlSyntax from './html-syntax.ts';
import listSyntax from './list-syntax.ts';
import emphasisSyntax from './emphasis-syntax.ts';
import reflectionModel from './reflection-model.ts';

/**
 * Every gate rule, in report order. Adding a rule: write rules/<rule-id>.ts exporting a
 * GateRule, add it here, and add its id to core/rule-ids.ts. Both layers, the CLI, the build and .remarkrc.mjs read this list.
 */
export const rules: GateRule[] = [
  parseError,
  contentSchema,
  unknownField,
  contentReference,
  duplicateUrl,
  duplicateTitle,
  entryAddress,
  unknownComponent,
  undefinedName,
  componentReturn,
  imageAlt,
  svgName,
  objectAlt,
  frameTitle,
  linkName,
  linkPurpose,
  hiddenFocus,
  nestedInteractive,
  buttonName,
  summaryName,
  fieldName,
  ariaAttribute,
  headingOrder,
  headingName,
  headingSyntax,
  boldHeading,
  textContrast,
  pageLang,
  pageTitle,
  langTag,
  textLang,
  pageZoom,
  pageRefresh,
  mediaTranscript,
  mediaAutoplay,
  imageMotion,
  movingText,
  linkTarget,
  wrappedLink,
  entryScript,
  assetTarget,
  inlineImage,
  altQuality,
  inclusiveLanguage,
  hashtags,
  tagSpelling,
  frontmatterDate,
  unlikelyDate,
  frontmatterMarkup,
  componentProps,
  todo,
  templateSyntax,
  linkSyntax,
  tableSyntax,
  tableHeader,
  htmlSyntax,
  listSyntax,
  emphasisSyntax,
  reflectionModel,
];
