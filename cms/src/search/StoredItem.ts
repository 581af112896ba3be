import type { SearchDocument } from './SearchDocument'
import type { IndexedItem } from './SearchIndex'

/**
 * A snapshot's texts: every item's normalized text (UTF-16LE) one after another, and where the
 * originals differ (positions within each text, the original's code units there), item after item.
 */
export interface StoredTexts {
  texts: Buffer
  diffPositions: Int32Array
  diffCodes: Uint16Array
}

/** Where one item's text lies in `StoredTexts`: code units `start` to `end`, diffs `diffFrom` to `diffTo`. */
export interface StoredRange {
  start: number
  end: number
  diffFrom: number
  diffTo: number
}

/**
 * An indexed item read from a snapshot. Its text and body are decoded from the snapshot's buffer each
 * time they are asked for (a snippet, a check at a Latin word's edge), not at load: decoding every
 * text at once made loading a large snapshot take seconds. The buffer lies outside the heap.
 */
export class StoredItem implements IndexedItem {
  readonly doc: SearchDocument
  readonly title: string
  readonly summary: string

  constructor(
    readonly slot: number,
    rest: Omit<SearchDocument, 'body'>,
    readonly syllables: string[],
    private readonly stored: StoredTexts,
    private readonly range: StoredRange,
  ) {
    this.title = this.slice(0, rest.title.length)
    this.summary = this.slice(rest.title.length + 1, rest.title.length + 1 + rest.summary.length)
    const bodyStart = rest.title.length + rest.summary.length + 2
    const original = () => this.original()
    this.doc = {
      ...rest,
      get body() {
        return original().slice(bodyStart)
      },
    }
  }

  /** The normalized `title \n summary \n body`. */
  get text(): string {
    return this.slice(0, this.range.end - this.range.start)
  }

  private slice(from: number, to: number): string {
    return this.stored.texts.toString('utf16le', (this.range.start + from) * 2, (this.range.start + to) * 2)
  }

  // The text as written: the normalized text with the differing code units put back.
  private original(): string {
    const { texts, diffPositions, diffCodes } = this.stored
    const { start, end, diffFrom, diffTo } = this.range
    if (diffFrom === diffTo) return this.text
    const units = new Uint16Array(texts.buffer.slice(texts.byteOffset + start * 2, texts.byteOffset + end * 2))
    for (let diff = diffFrom; diff < diffTo; diff++) units[diffPositions[diff] as number] = diffCodes[diff] as number
    return Buffer.from(units.buffer).toString('utf16le')
  }
}
