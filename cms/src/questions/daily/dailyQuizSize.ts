import type { Payload } from 'payload'

/** How many questions a member gets a day before an admin changes it (积分规则 · 每日答题题数). */
export const defaultDailyQuizSize = 5

/** The daily quiz size set in the points rules. */
export async function loadDailyQuizSize(payload: Payload): Promise<number> {
  const rules = await payload.findGlobal({ slug: 'points-rules', depth: 0, overrideAccess: true })
  return (rules as { dailyQuizSize?: number | null }).dailyQuizSize ?? defaultDailyQuizSize
}
