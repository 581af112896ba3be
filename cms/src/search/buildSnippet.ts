import { escapeHtml } from '../utilities/escapeHtml'
import type { IndexedItem } from './SearchIndex'

/** Characters of context shown before the first match. */
const lead = 24
/** Characters in a snippet. */
const width = 110

/**
 * A short HTML excerpt around the first match in the body (else the summary), with every occurrence
 * of each query part in `<mark>`. The text is escaped first, piece by piece, so nothing from an item
 * can become markup; offsets come from the normalized text, which has the original's length.
 */
export function buildSnippet(item: IndexedItem, segments: readonly string[]): string {
  const original = `${item.doc.title}\n${item.doc.summary}\n${item.doc.body}`
  // Read once: an item loaded from a snapshot decodes its text on every read.
  const text = item.text
  const summaryStart = item.title.length + 1
  const summaryEnd = summaryStart + item.summary.length
  const bodyStart = summaryEnd + 1
  const first = firstOccurrence(text, segments, bodyStart) ?? firstOccurrence(text, segments, summaryStart)
  const regionStart = first !== undefined && first >= bodyStart ? bodyStart : summaryStart
  const regionEnd = regionStart === bodyStart ? text.length : summaryEnd
  const fallbackStart = item.doc.summary ? summaryStart : bodyStart
  const from = first === undefined ? fallbackStart : Math.max(regionStart, first - lead)
  const to = Math.min(first === undefined ? text.length : regionEnd, from + width)
  const marks = markRanges(text, segments, from, to)
  let html = from > regionStart ? '…' : ''
  let at = from
  for (const [start, end] of marks) {
    html += `${escapeHtml(original.slice(at, start))}<mark>${escapeHtml(original.slice(start, end))}</mark>`
    at = end
  }
  html += escapeHtml(original.slice(at, to))
  if (to < regionEnd) html += '…'
  return html.replace(/\s+/g, ' ').trim()
}

function firstOccurrence(text: string, segments: readonly string[], from: number): number | undefined {
  const found = segments.map((segment) => text.indexOf(segment, from)).filter((index) => index >= 0)
  return found.length ? Math.min(...found) : undefined
}

// Non-overlapping [start, end) ranges of every segment inside [from, to), in order.
function markRanges(text: string, segments: readonly string[], from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const segment of segments) {
    for (let index = text.indexOf(segment, from); index >= 0 && index + segment.length <= to; index = text.indexOf(segment, index + 1)) {
      ranges.push([index, index + segment.length])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push(range)
  }
  return merged
}
