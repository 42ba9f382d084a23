import { parseDocument } from 'yaml';
import { doubleQuoted } from './yaml-hashtags.ts';

/**
 * Values written into YAML for a message or a fix: plain where YAML reads them back as the same
 * text, in double quotes where it would not (`Week 1: Who am I?`, `yes`, `#f1`).
 */
const readsBack = (yaml: string, value: unknown) => {
  const doc = parseDocument(`value: ${yaml}`);
  return !doc.errors.length && JSON.stringify(doc.toJS()?.value) === JSON.stringify(value);
};

/** A text as a YAML value. */
export function yamlScalar(text: string): string {
  return readsBack(text, text) ? text : doubleQuoted(text);
}

/** Texts as a YAML list on one line, `[PLN, "F1, 2026"]`. */
export function yamlFlowList(texts: readonly string[]): string {
  const items = texts.map((text) => (readsBack(`[${text}]`, [text]) ? text : doubleQuoted(text)));
  return `[${items.join(', ')}]`;
}
