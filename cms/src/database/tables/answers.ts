import { sql } from '@payloadcms/db-postgres/drizzle'
import {
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  timestamp,
  unique,
  varchar,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import { contests, organizations, questions, topicQuizzes, users } from './payloadIds'

// What members answered: every answer to a bank question, their wrong-answer book, daily papers, topic
// quiz results, and contest attempts with their answers and each member's counted result.

/** One scored answer to a bank question, as papers and results store it. */
export interface ScoredAnswer {
  questionId: number
  response: string[]
  correct: boolean
}

const moment = { withTimezone: true, precision: 3 } as const
const instant = { withTimezone: true } as const

/** Every answer a member gave to a bank question, in whichever context (daily, topic, contest…). */
export const questionAnswers = pgTable(
  'question_answers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    memberId: integer('member_id').notNull(),
    questionId: integer('question_id').notNull(),
    context: varchar('context', { length: 8 }).notNull(),
    correct: boolean('correct').notNull(),
    response: jsonb('response').$type<string[]>().notNull(),
    answeredAt: timestamp('answered_at', moment).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({ name: 'question_answers_member_id_fkey', columns: [table.memberId], foreignColumns: [users.id] }).onDelete('cascade'),
    foreignKey({ name: 'question_answers_question_id_fkey', columns: [table.questionId], foreignColumns: [questions.id] }).onDelete(
      'cascade',
    ),
    index('question_answers_member_idx').on(table.memberId, table.questionId),
    index('question_answers_question_idx').on(table.questionId),
  ],
)

/** A member's wrong-answer book: each question they got wrong, how often, and their last answer. */
export const wrongAnswers = pgTable(
  'wrong_answers',
  {
    memberId: integer('member_id').notNull(),
    questionId: integer('question_id').notNull(),
    wrongCount: integer('wrong_count').notNull().default(1),
    lastWrongAt: timestamp('last_wrong_at', moment).notNull().defaultNow(),
    lastResponse: jsonb('last_response').$type<string[]>().notNull(),
  },
  (table) => [
    primaryKey({ name: 'wrong_answers_pkey', columns: [table.memberId, table.questionId] }),
    foreignKey({ name: 'wrong_answers_member_id_fkey', columns: [table.memberId], foreignColumns: [users.id] }).onDelete('cascade'),
    foreignKey({ name: 'wrong_answers_question_id_fkey', columns: [table.questionId], foreignColumns: [questions.id] }).onDelete('cascade'),
  ],
)

/** A member's daily quiz paper for one China-time day: its questions, then their answers and score. */
export const dailyPapers = pgTable(
  'daily_papers',
  {
    memberId: integer('member_id').notNull(),
    day: date('day').notNull(),
    questionIds: integer('question_ids').array().notNull(),
    answers: jsonb('answers').$type<ScoredAnswer[]>(),
    correctCount: integer('correct_count'),
    pointsEarned: integer('points_earned'),
    submittedAt: timestamp('submitted_at', moment),
  },
  (table) => [
    primaryKey({ name: 'daily_papers_pkey', columns: [table.memberId, table.day] }),
    foreignKey({ name: 'daily_papers_member_id_fkey', columns: [table.memberId], foreignColumns: [users.id] }).onDelete('cascade'),
  ],
)

/** A member's one submission of a topic quiz. */
export const topicQuizResults = pgTable(
  'topic_quiz_results',
  {
    quizId: integer('quiz_id').notNull(),
    memberId: integer('member_id').notNull(),
    answers: jsonb('answers').$type<ScoredAnswer[]>().notNull(),
    correctCount: integer('correct_count').notNull(),
    total: integer('total').notNull(),
    pointsEarned: integer('points_earned').notNull().default(0),
    submittedAt: timestamp('submitted_at', instant).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: 'topic_quiz_results_pkey', columns: [table.quizId, table.memberId] }),
    foreignKey({ name: 'topic_quiz_results_quiz_id_fkey', columns: [table.quizId], foreignColumns: [topicQuizzes.id] }).onDelete('cascade'),
    foreignKey({ name: 'topic_quiz_results_member_id_fkey', columns: [table.memberId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('topic_quiz_results_member_idx').on(table.memberId),
  ],
)

/** One attempt at a contest: its drawn paper, its deadline, and once submitted its score. */
export const contestAttempts = pgTable(
  'contest_attempts',
  {
    id: serial('id').primaryKey(),
    contestId: integer('contest_id').notNull(),
    memberId: integer('member_id').notNull(),
    organizationId: integer('organization_id'),
    number: integer('number').notNull(),
    seed: integer('seed').notNull(),
    questionIds: integer('question_ids').array().notNull(),
    startedAt: timestamp('started_at', instant).notNull().defaultNow(),
    deadlineAt: timestamp('deadline_at', instant).notNull(),
    submittedAt: timestamp('submitted_at', instant),
    score: integer('score'),
    correctCount: integer('correct_count'),
    durationMs: integer('duration_ms'),
  },
  (table) => [
    foreignKey({ name: 'contest_attempts_contest_id_fkey', columns: [table.contestId], foreignColumns: [contests.id] }).onDelete('cascade'),
    foreignKey({ name: 'contest_attempts_member_id_fkey', columns: [table.memberId], foreignColumns: [users.id] }).onDelete('cascade'),
    foreignKey({
      name: 'contest_attempts_organization_id_fkey',
      columns: [table.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('set null'),
    unique('contest_attempts_contest_id_member_id_number_key').on(table.contestId, table.memberId, table.number),
    index('contest_attempts_member_idx').on(table.memberId),
    index('contest_attempts_open_idx').on(table.contestId, table.deadlineAt).where(sql`submitted_at IS NULL`),
    check('contest_attempts_number_check', sql`number > 0`),
  ],
)

/** An answer given within a contest attempt. */
export const contestAnswers = pgTable(
  'contest_answers',
  {
    attemptId: integer('attempt_id').notNull(),
    questionId: integer('question_id').notNull(),
    chosen: jsonb('chosen').$type<string[]>().notNull(),
    correct: boolean('correct').notNull(),
    answeredAt: timestamp('answered_at', instant).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: 'contest_answers_pkey', columns: [table.attemptId, table.questionId] }),
    foreignKey({ name: 'contest_answers_attempt_id_fkey', columns: [table.attemptId], foreignColumns: [contestAttempts.id] }).onDelete(
      'cascade',
    ),
  ],
)

/** Each member's counted (best) result in a contest, what the leaderboard and the dashboard rank. */
export const contestResults = pgTable(
  'contest_results',
  {
    contestId: integer('contest_id').notNull(),
    memberId: integer('member_id').notNull(),
    organizationId: integer('organization_id'),
    score: integer('score').notNull(),
    durationMs: integer('duration_ms').notNull(),
    attemptNumber: integer('attempt_number').notNull(),
    attempts: integer('attempts').notNull(),
    passed: boolean('passed').notNull(),
    submittedAt: timestamp('submitted_at', instant).notNull(),
  },
  (table) => [
    primaryKey({ name: 'contest_results_pkey', columns: [table.contestId, table.memberId] }),
    foreignKey({ name: 'contest_results_contest_id_fkey', columns: [table.contestId], foreignColumns: [contests.id] }).onDelete('cascade'),
    foreignKey({ name: 'contest_results_member_id_fkey', columns: [table.memberId], foreignColumns: [users.id] }).onDelete('cascade'),
    foreignKey({
      name: 'contest_results_organization_id_fkey',
      columns: [table.organizationId],
      foreignColumns: [organizations.id],
    }).onDelete('set null'),
    index('contest_results_organization_idx').on(table.contestId, table.organizationId),
    index('contest_results_rank_idx').on(
      table.contestId,
      table.score.desc().nullsFirst(),
      table.durationMs,
      table.submittedAt,
      table.memberId,
    ),
  ],
)
