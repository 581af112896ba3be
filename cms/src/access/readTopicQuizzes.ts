import type { Access, Where } from 'payload'
import { canReadContent } from './canReadContent'

/**
 * Topic quizzes follow the content's visibility (`canReadContent`: staff read all; readers the
 * published sets open to them) and, for readers, only from the moment they open: a set announced
 * for next week shows nowhere before then (list, page, REST, GraphQL).
 */
export const readTopicQuizzes: Access = async (args) => {
  const content = await canReadContent(args)
  if (content === true) return true
  if (content === false) return false
  const opened: Where = { opensAt: { less_than_equal: new Date().toISOString() } }
  return { and: [content, opened] }
}
