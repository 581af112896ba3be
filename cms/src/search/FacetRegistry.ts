import { type FacetCounts, type FacetName, facetNames } from '@xuexi/contract/search/SearchResponse'
import type { FacetValue } from './facetValues'

/** Every item's facet ids, flat: item `i`'s are `ids[starts[i]] … ids[starts[i + 1] - 1]`. */
export interface FacetIdTable {
  starts: ArrayLike<number>
  ids: ArrayLike<number>
}

/** Filters chosen by the reader, by facet. */
export type FacetFilters = Partial<Record<FacetName, string>>

/**
 * Numbers every facet value the index has seen, so an item's facets are a short list of integers
 * and counting ten thousand matches is ten thousand array increments, not map lookups.
 */
export class FacetRegistry {
  private readonly ids = new Map<string, number>()
  private readonly entries: Array<{ facet: number; value: string; label: string }> = []

  /** The ids of an item's facet values. */
  idsOf(values: Record<FacetName, readonly FacetValue[]>): number[] {
    const ids: number[] = []
    facetNames.forEach((facet, position) => {
      for (const { value, label } of values[facet]) {
        const key = `${facet}\u0000${value}`
        let id = this.ids.get(key)
        if (id === undefined) {
          id = this.entries.length
          this.ids.set(key, id)
          this.entries.push({ facet: position, value, label })
        }
        ids.push(id)
      }
    })
    return ids
  }

  /**
   * Facet counts over matching items (by their facet ids), each facet counted with the other facets'
   * filters applied, so a reader sees how many results another choice would give. Also returns
   * which items pass every filter (1) and which do not (0).
   */
  count(
    items: ArrayLike<number>,
    table: FacetIdTable,
    filters: FacetFilters,
  ): { facets: Record<FacetName, FacetCounts>; passes: Uint8Array } {
    const wanted = facetNames.map((facet) => {
      const value = filters[facet]
      return value === undefined ? undefined : (this.ids.get(`${facet}\u0000${value}`) ?? -1)
    })
    const counts = new Int32Array(this.entries.length)
    const passes = new Uint8Array(items.length)
    const { starts, ids } = table
    if (wanted.every((id) => id === undefined)) {
      for (let position = 0; position < items.length; position++) {
        const item = items[position] as number
        for (let at = starts[item] as number; at < (starts[item + 1] as number); at++) (counts[ids[at] as number] as number)++
      }
      return { facets: this.present(counts), passes: passes.fill(1) }
    }
    for (let position = 0; position < items.length; position++) {
      const item = items[position] as number
      const from = starts[item] as number
      const to = starts[item + 1] as number
      let failed = -1
      let failures = 0
      wanted.forEach((id, facet) => {
        if (id !== undefined && !has(ids, from, to, id)) {
          failures++
          failed = facet
        }
      })
      passes[position] = failures === 0 ? 1 : 0
      if (failures > 1) continue
      for (let at = from; at < to; at++) {
        const id = ids[at] as number
        if (failures === 0 || this.entries[id]?.facet === failed) (counts[id] as number)++
      }
    }
    return { facets: this.present(counts), passes }
  }

  private present(counts: Int32Array): Record<FacetName, FacetCounts> {
    const facets = Object.fromEntries(facetNames.map((facet) => [facet, [] as FacetCounts])) as Record<FacetName, FacetCounts>
    counts.forEach((count, id) => {
      const entry = this.entries[id]
      if (count > 0 && entry) facets[facetNames[entry.facet] as FacetName].push({ value: entry.value, label: entry.label, count })
    })
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || b.value.localeCompare(a.value))
    return facets
  }
}

function has(ids: ArrayLike<number>, from: number, to: number, id: number): boolean {
  for (let at = from; at < to; at++) if (ids[at] === id) return true
  return false
}
