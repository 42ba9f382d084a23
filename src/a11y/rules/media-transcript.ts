import type { El, Model } from '../model.ts';
import {
  attr,
  findTranscript,
  isNotRendered,
  mediaKind,
  videoHost,
  type CheckContext,
  type Report,
} from '../policy.ts';
import { modelLintRule, type GateRule } from '../rule.ts';

const HOW =
  'add transcript="./name.transcript.md" (a file beside this one), put a <Transcript> right after it, or link to the transcript right after it';

/**
 * `media-transcript`: every video, audio clip and embedded video player has a transcript, in one
 * of the forms of README "Accessibility gate". Captions alone are not a transcript, and muted
 * video still needs one.
 */
export function checkMediaTranscript(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const kind = mediaKind(el, ctx.config);
    if (!kind || isNotRendered(el)) continue;
    const found = findTranscript(el, model, ctx);
    if (found.status === 'ok') continue;
    const what = label(el, kind, ctx);
    if (found.status !== 'missing') {
      report(
        el,
        found.status === 'file-missing'
          ? `${what} names transcript file ${found.path}, which does not exist: create it, or fix the path (it is relative to this file)`
          : `${what} names transcript file ${found.path}, which is empty: write the transcript into it`,
      );
    } else if (found.describedBy) {
      const { id, problem } = found.describedBy;
      const why = {
        absent: 'no element on the page has that id',
        hidden: 'that element is hidden',
        empty: 'that element has no text',
      }[problem];
      report(
        el,
        `${what} points to its transcript with id "${id}", but ${why}: make the transcript visible text with that id, or ${HOW}`,
      );
    } else if (found.captionsOnly) {
      report(
        el,
        `${what} has captions but no transcript, and captions alone are not a transcript: ${HOW}`,
      );
    } else {
      report(el, `${what} has no transcript: ${HOW}`);
    }
  }
}

function label(el: El, kind: string, ctx: CheckContext): string {
  if (kind === 'embed') {
    const host =
      videoHost(attr(el, 'src'), ctx.config) ?? videoHost(attr(el, 'data-embed'), ctx.config);
    return host ? `Embedded video (${host})` : 'Embedded video';
  }
  return `<${el.name}>`;
}

const rule: GateRule = {
  id: 'media-transcript',
  severity: 'error',
  source: modelLintRule('media-transcript', checkMediaTranscript),
  html: checkMediaTranscript,
};
export default rule;
