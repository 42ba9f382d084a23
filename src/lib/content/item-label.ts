/**
 * How a message names an item of a list in a course or network file: its kind, its number
 * counted from 1 and its name where it has one, `module 3 ("Reflection")`, `entry 2 ("Sam")`,
 * `platform 1`. One writer for the content check, the schema's messages and the network file's,
 * which read the item from the YAML document or from the parsed data.
 */
export function itemLabel(kind: string, index: number, name: unknown): string {
  return `${kind} ${index + 1}${typeof name === 'string' && name.trim() ? ` ("${name}")` : ''}`;
}
