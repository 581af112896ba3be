import { pgTable, serial } from '@payloadcms/db-postgres/drizzle/pg-core'

// The Payload collection tables the portal's own tables refer to, as far as a foreign key needs them (their
// `id`). Only references: Payload declares and migrates these tables; they are never added to the schema.

export const users = pgTable('users', { id: serial('id').primaryKey() })
export const organizations = pgTable('organizations', { id: serial('id').primaryKey() })
export const campaigns = pgTable('campaigns', { id: serial('id').primaryKey() })
export const contests = pgTable('contests', { id: serial('id').primaryKey() })
export const questions = pgTable('questions', { id: serial('id').primaryKey() })
export const topicQuizzes = pgTable('topic_quizzes', { id: serial('id').primaryKey() })
