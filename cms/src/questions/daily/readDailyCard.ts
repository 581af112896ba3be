import { studyDay } from '@xuexi/contract/chinaTime'
import type { DailyCard } from '@xuexi/contract/questions/DailyCard'
import type { Pool } from '../../database/databaseOf'

/**
 * The member's daily-quiz card for today, from one statement on the paper's primary key: the card never
 * draws the paper (opening the quiz does), so the pages showing it stay cheap.
 */
export async function readDailyCard(pool: Pool, memberId: number, now = new Date()): Promise<DailyCard> {
  const { rows } = await pool.query<DailyCard>({
    name: 'questions.dailyCard',
    text: `select cardinality(question_ids) as total, submitted_at is not null as submitted, correct_count as "correctCount"
       from daily_papers where member_id = $1 and day = $2`,
    values: [memberId, studyDay(now)],
  })
  return rows[0] ?? { total: null, submitted: false, correctCount: null }
}
