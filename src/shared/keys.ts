/**
 * The keys of a label map as the non-empty tuple `z.enum()` needs. Feature modules keep each closed
 * set (source kinds, topics, trial statuses…) as one object from id to its words; this turns it into
 * the list of ids without a hand-written copy. No dependencies, so browser code may import it; mark
 * a call with a #__PURE__ annotation so a bundle that never reads the list drops it.
 */
export function keysOf<K extends string>(labels: Readonly<Record<K, unknown>>): [K, ...K[]] {
  const keys = Object.keys(labels) as K[];
  if (keys.length === 0) throw new Error('keysOf: the label map is empty, so nothing could match it.');
  return keys as [K, ...K[]];
}
