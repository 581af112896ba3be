import type { RowChange } from './tableSnapshot'

/** Who was sending requests while the rows changed. */
export type Actor = { kind: 'anonymous' } | { kind: 'member'; id: number }

// Sign-in bookkeeping Payload keeps on any account that someone tries to sign in to or asks a
// reset link for: failed attempts, the lock, the reset token. Anyone may cause these.
const signInBookkeeping = new Set(['login_attempts', 'lock_until', 'reset_password_token', 'reset_password_expiration', 'updated_at'])
// Columns that decide access or are the staff's verdict: a member never changes them, even on their own rows.
const staffOnly = new Set([
  'role',
  'organization_id',
  'email',
  'username',
  'score',
  'featured',
  'comment',
  'reviewed_by_id',
  'sent_by_id',
  'campaign_id',
  'member_id',
  'user_id',
])
// The server scores a member's own hand-in from their answers: `score` there is computed, not a verdict.
const scoredOnHandIn = new Set(['quiz_attempts', 'contest_attempts', 'contest_results'])
// Rows owned through their parent row: a contest answer belongs to its attempt's member.
const ownedThrough: Record<string, { parentTable: string; parentKey: string }> = {
  contest_answers: { parentTable: 'contest_attempts', parentKey: 'attempt_id' },
}
// Derived from members' own study and campaign activity, recomputed per campaign: no owner column,
// or (standings) every member's rank moves when one member's points change.
const derivedFromMembers = new Set(['campaign_daily_readers', 'campaign_standings_basis', 'campaign_standings', 'payload_preferences'])
// Address and account throttles (their rows are written by every attempt, allowed or not).
const throttleTable = /throttl|rate_?limit/
// The change record: triggers note every write to followed tables there. Each noted write is itself a
// row change of its own table and judged there, so the note adds nothing to judge.
const changeRecord = 'content_changes'

/** A row of the database as it was before or after the phase, by table and primary key. */
export type RowLookup = (table: string, key: string) => Record<string, unknown> | undefined

/**
 * Whether `actor` was allowed to cause this row change. Anonymous requests may only leave sign-in
 * bookkeeping; a member may also write rows they own (their study records, favorites, campaign
 * entries, sessions, admin preferences) and harmless fields of their own account — never a field
 * that decides access, never another member's row.
 */
export function isAllowedWrite(change: RowChange, actor: Actor, rowOf: RowLookup): boolean {
  if (throttleTable.test(change.table) || change.table === changeRecord) return true
  if (change.table === 'users' && change.kind === 'changed' && change.columns.every((column) => signInBookkeeping.has(column))) return true
  if (actor.kind === 'anonymous') return false
  if (derivedFromMembers.has(change.table)) return true
  const owner = ownerOf(change.table, change.row, rowOf)
  if (owner === undefined) return false
  if (owner !== actor.id) return false
  const computed = (column: string) => column === 'score' && scoredOnHandIn.has(change.table)
  return change.kind !== 'changed' || change.columns.every((column) => !staffOnly.has(column) || computed(column))
}

function ownerOf(table: string, row: Record<string, unknown>, rowOf: RowLookup): number | undefined {
  if (table === 'users') return Number(row.id)
  if (table === 'users_sessions') return Number(row._parent_id)
  const through = ownedThrough[table]
  if (through) {
    const parent = rowOf(through.parentTable, String(row[through.parentKey]))
    return parent && ownerOf(through.parentTable, parent, rowOf)
  }
  for (const column of ['user_id', 'member_id', 'users_id'])
    if (row[column] !== undefined && row[column] !== null) return Number(row[column])
  return undefined
}
