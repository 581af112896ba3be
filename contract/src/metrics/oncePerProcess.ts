/**
 * What `create` made the first time it was asked for under `name` in this process. Next.js bundles a
 * module once per route bundle, and dev servers load modules again, so module state alone would make a
 * second registry (or a second subscription) that nobody scrapes.
 */
export function oncePerProcess<T>(name: string, create: () => T): T {
  const key = Symbol.for(`xuexi-yuandi.${name}`)
  const holder = globalThis as { [key: symbol]: { value: T } | undefined }
  const held = holder[key] ?? { value: create() }
  holder[key] = held
  return held.value
}
