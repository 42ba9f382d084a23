/**
 * A page-unique id for a media element's transcript. Counting per render (in Astro.locals)
 * keeps two players of the same file on one page from sharing an id.
 */
export function nextMediaId(locals: Record<string, unknown>, prefix: string): string {
  const count = ((locals.__commonplaceMediaCount as number | undefined) ?? 0) + 1;
  locals.__commonplaceMediaCount = count;
  return `${prefix}-${count}`;
}
