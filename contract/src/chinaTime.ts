// Study days, campaign days and every date a reader or organizer sees follow China Standard Time
// (UTC+8, no daylight saving), wherever the server or the browser runs.
const offsetMs = 8 * 3600 * 1000

/** The IANA zone for `Intl.DateTimeFormat`, when a date is formatted for people rather than computed. */
export const chinaTimeZone = 'Asia/Shanghai'

/** The instant shifted so that its UTC fields read China wall-clock time (for Excel cells and year facets). */
export function chinaWallClock(instant: Date): Date {
  return new Date(instant.getTime() + offsetMs)
}

/** The study day (YYYY-MM-DD, China Standard Time) an instant falls on. */
export function studyDay(instant: Date): string {
  return chinaWallClock(instant).toISOString().slice(0, 10)
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

/** An instant as a `datetime-local` input value in China time (YYYY-MM-DDTHH:mm). */
export function chinaDateTimeLocal(instant: Date): string {
  return chinaWallClock(instant).toISOString().slice(0, 16)
}

/** The instant a `datetime-local` value (YYYY-MM-DDTHH:mm) names in China time. */
export function fromChinaDateTimeLocal(value: string): Date {
  return new Date(`${value}:00+08:00`)
}
