import type { DailyCard } from '@xuexi/contract/questions/DailyCard'
import { publicPaths } from '@xuexi/contract/routes/publicPaths'

/**
 * Fills a 每日答题 card (`DailyQuizCard`) from the member's card (`GET /api/study/daily-card`), asked from
 * the browser so the pages showing it stay shared by the member's class. The card's strings come with it
 * (`data-*`, `{name}` placeholders); it stays hidden when the card could not be read.
 */
export async function showDailyCard(root: HTMLElement): Promise<void> {
  const response = await fetch(publicPaths.dailyCard, { credentials: 'same-origin' }).catch(() => undefined)
  if (!response?.ok) return
  const card = (await response.json().catch(() => null)) as DailyCard | null
  if (!card || typeof card.submitted !== 'boolean') return
  const text = (name: string, values: Record<string, number> = {}) =>
    (root.dataset[name] ?? '').replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
  const line = root.querySelector('[data-line]')
  const action = root.querySelector<HTMLAnchorElement>('[data-action]')
  if (line)
    line.textContent =
      card.total === null
        ? text('fresh')
        : card.total === 0
          ? text('empty')
          : card.submitted
            ? text('done', { correct: card.correctCount ?? 0, total: card.total })
            : text('open', { count: card.total })
  if (action) {
    action.hidden = card.total === 0
    action.textContent = card.submitted ? text('view') : text('start')
  }
  root.hidden = false
}
