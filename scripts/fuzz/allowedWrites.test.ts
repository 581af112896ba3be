import { describe, expect, it } from 'vitest'
import { type Actor, isAllowedWrite, type RowLookup } from './allowedWrites'
import type { RowChange } from './tableSnapshot'

const member: Actor = { kind: 'member', id: 7 }
const attempts: Record<string, Record<string, unknown>> = { '1': { id: 1, member_id: 7 }, '2': { id: 2, member_id: 8 } }
const rowOf: RowLookup = (table, key) => (table === 'contest_attempts' ? attempts[key] : undefined)
const change = (table: string, kind: RowChange['kind'], row: Record<string, unknown>, columns: string[] = Object.keys(row)): RowChange => ({
  table,
  key: 'k',
  kind,
  columns,
  row,
})

describe('isAllowedWrite', () => {
  it('lets a member answer in their own contest attempt and nobody else’s', () => {
    expect(isAllowedWrite(change('contest_answers', 'added', { attempt_id: 1, question_id: 3 }), member, rowOf)).toBe(true)
    expect(isAllowedWrite(change('contest_answers', 'added', { attempt_id: 2, question_id: 3 }), member, rowOf)).toBe(false)
    expect(isAllowedWrite(change('contest_answers', 'added', { attempt_id: 9, question_id: 3 }), member, rowOf)).toBe(false)
    expect(isAllowedWrite(change('contest_answers', 'added', { attempt_id: 1, question_id: 3 }), { kind: 'anonymous' }, rowOf)).toBe(false)
  })

  it('counts a score the server computes on a member’s own hand-in, never a reviewer’s score', () => {
    const handIn = change('contest_attempts', 'changed', { id: 1, member_id: 7, score: 90 }, ['score', 'submitted_at'])
    expect(isAllowedWrite(handIn, member, rowOf)).toBe(true)
    const reviewed = change('campaign_reflections', 'changed', { id: 4, member_id: 7, score: 5 }, ['score'])
    expect(isAllowedWrite(reviewed, member, rowOf)).toBe(false)
    const movedAttempt = change('contest_attempts', 'changed', { id: 1, member_id: 7 }, ['member_id'])
    expect(isAllowedWrite(movedAttempt, member, rowOf)).toBe(false)
  })
})
