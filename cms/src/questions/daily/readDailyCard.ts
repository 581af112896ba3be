import { and, eq, sql } from '@payloadcms/db-postgres/drizzle'
import { studyDay } from '@xuexi/contract/chinaTime'
import type { DailyCard } from '@xuexi/contract/questions/DailyCard'
import type { Pool } from '../../database/databaseOf'
import { dailyPapers } from '../../database/tables/answers'
import { typedDatabase } from '../../database/typedDatabase'

/**
 * The member's daily-quiz card for today, from one statement on the paper's primary key (prepared once per
 * connection): the card never draws the paper (opening the quiz does), so the pages showing it stay cheap.
 */
export async function readDailyCard(pool: Pool, memberId: number, now = new Date()): Promise<DailyCard> {
  const [card] = await typedDatabase(pool)
    .select({
      total: sql<number>`cardinality(${dailyPapers.questionIds})`,
      submitted: sql<boolean>`${dailyPapers.submittedAt} is not null`,
      correctCount: dailyPapers.correctCount,
    })
    .from(dailyPapers)
    .where(and(eq(dailyPapers.memberId, sql.placeholder('memberId')), eq(dailyPapers.day, sql.placeholder('day'))))
    .prepare('questions.dailyCard')
    .execute({ memberId, day: studyDay(now) })
  return card ?? { total: null, submitted: false, correctCount: null }
}
