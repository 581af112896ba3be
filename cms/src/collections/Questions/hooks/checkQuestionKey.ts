import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'
import { questionProblems } from '../../../questions/questionProblems'

/** Refuses a question whose options and answer key do not fit its kind (see `questionProblems`). */
export const checkQuestionKey: CollectionBeforeChangeHook = ({ data, originalDoc, collection }) => {
  const merged = { ...originalDoc, ...data }
  const problems = questionProblems(merged)
  if (problems.length > 0) throw new ValidationError({ collection: collection.slug, errors: problems })
  return data
}
