/**
 * How much one API read may ask for when the reader is not staff: a page of at most `maxLimit`
 * documents (no `limit=0` or `pagination=false`, which mean "all"), relationships populated at most
 * `maxDepth` levels deep, and join fields at most `maxLimit` each. Larger requests are clamped
 * silently, as Payload itself clamps `depth` to `maxDepth`: the answer's `limit` says what was used.
 */
export const readerLimits = { maxLimit: 100, maxDepth: 2 } as const
