/** Parses "m:ss" or "h:mm:ss" into seconds; undefined when the text is not such a time. */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+):)?(\d{1,3}):([0-5]\d)$/.exec(text.trim())
  if (!match) return undefined
  const [, hours, minutes, seconds] = match
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds)
}
