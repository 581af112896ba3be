/**
 * Watched [start, end) second ranges as a PostgreSQL int4multirange literal, cut to the medium's
 * duration when known; PostgreSQL merges overlaps, so a second played twice counts once.
 */
export function watchedMultirange(ranges: Array<[number, number]>, mediaSeconds?: number | null): string {
  const limit = mediaSeconds ?? Number.POSITIVE_INFINITY
  const parts = ranges
    .map(([start, end]): [number, number] => [start, Math.min(end, limit)])
    .filter(([start, end]) => start < end)
    .map(([start, end]) => `[${start},${end})`)
  return `{${parts.join(',')}}`
}
