/**
 * The portal address of a source item, scrolled to the passage a question tests by a text fragment
 * (`#:~:text=`; browsers that do not know fragments open the item at the top). `-`, `,` and `&` are
 * fragment syntax, so they are percent-encoded inside the passage.
 */
export function passageHref(item: { collection: string; slug: string }, passage: string | null): string {
  const path = `/${item.collection}/${encodeURIComponent(item.slug)}`
  const text = passage?.trim()
  if (!text) return path
  return `${path}#:~:text=${encodeURIComponent(text).replace(/-/g, '%2D')}`
}
