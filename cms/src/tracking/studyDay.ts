// Study days follow China Standard Time (UTC+8, no daylight saving), wherever the server runs.
const offsetMs = 8 * 3600 * 1000

/** The study day (YYYY-MM-DD, China Standard Time) an instant falls on. */
export function studyDay(instant: Date): string {
  return new Date(instant.getTime() + offsetMs).toISOString().slice(0, 10)
}

/** The day `days` after (or before, when negative) a study day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** The Monday starting the week of a study day. */
export function weekStart(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7
  return addDays(day, -weekday)
}
