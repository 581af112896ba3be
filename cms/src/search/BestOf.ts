/**
 * Keeps the `count` best of the positions offered, by a primary key (higher first), then a secondary
 * key (higher first), then the earlier offer. Positions are offered once each; a position that cannot
 * beat the last one kept costs one comparison, so picking a page from 100,000 matches is one pass.
 */
export class BestOf {
  private readonly positions: number[] = []
  private readonly primaries: number[] = []
  private readonly secondaries: number[] = []

  constructor(private readonly count: number) {}

  /** Offers a position with its keys. */
  offer(position: number, primary: number, secondary: number): void {
    let place = this.positions.length
    if (place === this.count && !this.beats(place - 1, primary, secondary)) return
    while (place > 0 && this.beats(place - 1, primary, secondary)) place--
    this.positions.splice(place, 0, position)
    this.primaries.splice(place, 0, primary)
    this.secondaries.splice(place, 0, secondary)
    if (this.positions.length > this.count) {
      this.positions.pop()
      this.primaries.pop()
      this.secondaries.pop()
    }
  }

  /** The positions kept, best first. */
  best(): number[] {
    return this.positions
  }

  // Whether keys beat those kept at `at` (a tie does not: the earlier offer stays ahead).
  private beats(at: number, primary: number, secondary: number): boolean {
    const kept = this.primaries[at] as number
    return primary > kept || (primary === kept && secondary > (this.secondaries[at] as number))
  }
}
