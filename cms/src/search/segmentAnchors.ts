import type { PostingKey } from './BigramPostings'
import { scanPairs, scanTokens } from './tokenize'
import { pairKey, tokenKey } from './tokenKey'

/** A token an occurrence of a segment is certain to have at `shift` from its start, and the characters it proves. */
export interface Anchor {
  key: PostingKey
  shift: number
  /** It proves the segment's characters `[shift, end)`. */
  end: number
}

/**
 * The tokens whose position is fixed wherever the segment occurs: every CJK bigram, every pair next to
 * punctuation or across a word edge (`scanPairs`), and every Latin word with a non-word character on
 * both sides inside the segment (the text's word there is that very word). A Latin word at the
 * segment's edge may be cut from a longer word in the text (`24` in `2024年`), so it is no anchor and
 * its characters are left to the text; neither is a lone ideograph, which its pairs already prove.
 */
export function segmentAnchors(segment: string): Anchor[] {
  const anchors: Anchor[] = []
  scanTokens(segment, (start, length, cjk) => {
    const interior = start > 0 && start + length < segment.length
    if ((cjk && length === 2) || (!cjk && interior))
      anchors.push({ key: tokenKey(segment, start, length, cjk), shift: start, end: start + length })
  })
  scanPairs(segment, (start) => anchors.push({ key: pairKey(segment, start), shift: start, end: start + 2 }))
  return anchors
}
