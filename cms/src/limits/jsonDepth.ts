/** The deepest nesting of objects and arrays accepted in a JSON body (rich text needs a few dozen). */
export const maxJsonDepth = 128

/**
 * How deeply `value` nests objects and arrays, counted without recursion and only up to `limit + 1`:
 * Payload walks documents recursively, so a body nested thousands deep overflowed its stack (a 500).
 */
export function jsonDepth(value: unknown, limit = maxJsonDepth): number {
  let deepest = 0
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  while (pending.length > 0) {
    const { value: next, depth } = pending.pop() as { value: unknown; depth: number }
    if (next === null || typeof next !== 'object') continue
    const level = depth + 1
    if (level > deepest) deepest = level
    if (deepest > limit) return deepest
    for (const child of Object.values(next)) if (child !== null && typeof child === 'object') pending.push({ value: child, depth: level })
  }
  return deepest
}
