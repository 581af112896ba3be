/**
 * Seconds of a medium actually played, as [start, end) ranges: playback advancing by at most two
 * seconds between samples counts; a jump (seeking) only moves the cursor, so it earns nothing.
 */
export class PlayedRanges {
  private ranges: Array<[number, number]> = []
  private cursor: number | undefined

  /** Notes the playhead (seconds) while the medium plays. */
  sample(position: number): void {
    const second = Math.floor(position)
    const from = this.cursor
    this.cursor = second
    if (from === undefined || second <= from || second - from > 2) return
    const last = this.ranges.at(-1)
    if (last && last[1] === from) last[1] = second
    else this.ranges.push([from, second])
  }

  /** Forgets the cursor (the medium paused or is seeking), so the next sample starts afresh. */
  interrupt(): void {
    this.cursor = undefined
  }

  /** The ranges played since the last call, and starts collecting anew. */
  take(): Array<[number, number]> {
    const taken = this.ranges
    this.ranges = []
    return taken
  }
}
