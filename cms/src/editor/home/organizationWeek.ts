import { studyDay, weekStart } from '@xuexi/contract/chinaTime'
import type { PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles'
import { databaseOf, type Pool } from '../../database/databaseOf'
import { t } from '../../i18n/messages'
import { idOf } from '../../utilities/idOf'
import { adminListUrl } from './adminLinks'
import { studyDuration } from './chinaTime'
import type { HomeSummary } from './HomeSummary'

/** Members' credited study in one organization (members directly in it, not below). */
export interface OrganizationStudy {
  organizationId: number
  readers: number
  seconds: number
}

/**
 * Credited study per organization from study day `from` to `to` (China time, inclusive): one aggregate
 * over the daily totals, one row per organization that has members who studied.
 */
export async function readOrganizationStudy(pool: Pool, props: { from: string; to: string }): Promise<OrganizationStudy[]> {
  const { rows } = await pool.query<OrganizationStudy>(
    `select u.organization_id as "organizationId", count(distinct d.user_id)::int as readers, sum(d.seconds)::int as seconds
     from study_daily d join users u on u.id = d.user_id
     where d.day between $1 and $2 and d.seconds > 0 and u.organization_id is not null
     group by u.organization_id`,
    [props.from, props.to],
  )
  return rows
}

interface Organization {
  id: number
  name: string
  parent?: unknown
  ancestors?: unknown[] | null
}

/** The week's start (Monday, China time) of `now`, as the block's hint shows it. */
export function studyWeekOf(now: Date): { from: string; to: string } {
  const today = studyDay(now)
  return { from: weekStart(today), to: today }
}

/**
 * This week's study by organization, a row per top-level branch: the children of the one top
 * organization (staff see the whole tree; an organizer their own organization's subtree only).
 * Admins and organizers, who may list the members, get links to them.
 */
export async function organizationWeek(req: PayloadRequest, now: Date): Promise<HomeSummary> {
  const { docs } = await req.payload.find({
    collection: 'organizations',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { name: true, parent: true, ancestors: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  const organizations = docs as unknown as Organization[]
  const lineage = new Map(organizations.map((org) => [org.id, [org.id, ...(org.ancestors ?? []).map((id) => Number(idOf(id)))]]))
  const own = Number(idOf((req.user as { organization?: unknown } | null)?.organization))
  const organizer = hasRole(req, ['organizer'])
  const top = organizer ? organizations.filter((org) => org.id === own) : organizations.filter((org) => idOf(org.parent) === undefined)
  const single = top.length === 1 ? top[0] : undefined
  const groups = single ? [single, ...organizations.filter((org) => Number(idOf(org.parent)) === single.id)] : top
  const groupIds = new Set(groups.map((group) => group.id))
  // Each organization counts toward the nearest group in its lineage (ancestors are stored nearest first).
  const groupOf = (organizationId: number) => lineage.get(organizationId)?.find((id) => groupIds.has(id))

  const study = await readOrganizationStudy(databaseOf(req.payload), studyWeekOf(now))
  const totals = new Map(groups.map((group) => [group.id, { readers: 0, seconds: 0, within: [] as number[] }]))
  for (const org of organizations) {
    const group = groupOf(org.id)
    if (group !== undefined) totals.get(group)?.within.push(org.id)
  }
  for (const row of study) {
    const group = groupOf(row.organizationId)
    const total = group === undefined ? undefined : totals.get(group)
    if (!total) continue
    total.readers += row.readers
    total.seconds += row.seconds
  }
  const mayListMembers = hasRole(req, ['admin', 'organizer'])
  const membersOf = (organizationIds: number[]) => adminListUrl(req, 'users', { organization: { in: organizationIds } })
  const rows = groups
    .map((group) => ({ group, direct: group.id === single?.id, ...(totals.get(group.id) ?? { readers: 0, seconds: 0, within: [] }) }))
    // Members attached straight to the top organization get a row of their own only when they studied.
    .filter((row) => !row.direct || row.readers > 0 || groups.length === 1)
    .sort((a, b) => b.seconds - a.seconds || b.readers - a.readers || a.group.name.localeCompare(b.group.name, 'zh-CN'))
  return {
    total: rows.reduce((sum, row) => sum + row.readers, 0),
    items: rows.map((row) => ({
      key: `organization:${row.group.id}`,
      title: row.direct ? t('home.organizations.direct', { name: row.group.name }) : row.group.name,
      ...(mayListMembers ? { href: membersOf(row.direct ? [row.group.id] : row.within) } : {}),
      detail: `${t('home.organizations.readers', { readers: row.readers })} · ${studyDuration(row.seconds)}`,
    })),
    lists: mayListMembers
      ? [{ label: t('home.organizations.members'), href: membersOf(groups.flatMap((group) => totals.get(group.id)?.within ?? [])) }]
      : [],
  }
}
