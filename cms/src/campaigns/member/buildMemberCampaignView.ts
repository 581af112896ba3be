import type { ChecklistItem, FeaturedReflection, MemberCampaignView } from '@xuexi/contract/campaigns/MemberCampaignView'
import type { OwnReflection } from '@xuexi/contract/campaigns/OwnReflection'
import type { PayloadRequest } from 'payload'
import { completionShare } from '../../tracking/completionShare'
import { findTrackedItems } from '../../tracking/trackedItems'
import { campaignStandings } from '../campaignStandings'
import { campaignBadges } from './campaignBadges'
import type { MemberCampaign } from './MemberCampaign'
import { quizQuestionCount } from './quizQuestionsOf'
import { ownReflectionColumns } from './saveReflection'

interface ProgressRow {
  collection: string
  item_id: number
  active_seconds: number
  max_scroll_percent: number
  media_seconds: number | null
  watched_seconds: number
  completed_at: Date | null
}

/** The campaign page's data for the signed-in member: their standing, checklist, check-in, reflection, quiz and badges. */
export async function buildMemberCampaignView(req: PayloadRequest, context: MemberCampaign): Promise<MemberCampaignView> {
  const { pool, plan, memberId, campaign } = context
  const query = <Row extends object>(text: string, values: unknown[]) => pool.query<Row>(text, values).then((result) => result.rows)
  const [standings, progress, checkedIn, reflections, attempts, featured, items] = await Promise.all([
    context.enrolled ? campaignStandings(pool, plan, { memberIds: [memberId] }) : Promise.resolve([]),
    query<ProgressRow>(
      `select collection, item_id, active_seconds, max_scroll_percent, media_seconds, completed_at,
         (select coalesce(sum(upper(r) - lower(r)), 0) from unnest(watched) r)::int as watched_seconds
       from reading_progress where user_id = $1 and (collection, item_id) in (select * from unnest($2::varchar[], $3::int[]))`,
      [memberId, plan.items.map((item) => item.collection), plan.items.map((item) => item.itemId)],
    ),
    query('select 1 from campaign_check_ins where campaign_id = $1 and member_id = $2 and day = $3', [plan.id, memberId, context.today]),
    query<OwnReflection>(`select ${ownReflectionColumns} from campaign_reflections where campaign_id = $1 and member_id = $2`, [
      plan.id,
      memberId,
    ]),
    query<{ number: number; score: number | null; passed: boolean; submitted: boolean }>(
      `select number::int as number, score::int as score, coalesce(passed, false) as passed, submitted_at is not null as submitted
       from quiz_attempts where campaign_id = $1 and member_id = $2 order by number`,
      [plan.id, memberId],
    ),
    query<FeaturedReflection>(
      `select coalesce(r.title, '') as title, r.body, u.name, o.name as organization
       from campaign_reflections r join users u on u.id = r.member_id left join organizations o on o.id = r.organization_id
       where r.campaign_id = $1 and r.featured and r.status = 'submitted' order by r.score desc nulls last, r.submitted_at limit 6`,
      [plan.id],
    ),
    findTrackedItems(
      req,
      plan.items.map((item) => ({ collection: item.collection, id: item.itemId })),
    ),
  ])
  const standing = standings[0] ?? null
  const checklist = plan.items.map((planned): ChecklistItem => {
    const item = items.get(`${planned.collection}:${planned.itemId}`)
    const row = progress.find((candidate) => candidate.collection === planned.collection && candidate.item_id === planned.itemId)
    const activeSeconds = row?.active_seconds ?? 0
    const share =
      row && item
        ? completionShare(item, {
            activeSeconds,
            maxScrollPercent: row.max_scroll_percent,
            watchedSeconds: row.watched_seconds,
            mediaSeconds: row.media_seconds,
          })
        : 0
    const timeShare = planned.minSeconds ? Math.min(1, activeSeconds / planned.minSeconds) : 1
    const met = Boolean(row?.completed_at) && activeSeconds >= (planned.minSeconds ?? 0)
    return {
      collection: planned.collection,
      itemId: planned.itemId,
      title: item?.title ?? '',
      slug: item?.slug ?? '',
      readable: Boolean(item),
      required: planned.required,
      minMinutes: planned.minSeconds ? Math.round(planned.minSeconds / 60) : null,
      percent: met ? 100 : Math.min(99, Math.floor(Math.min(row?.completed_at ? 1 : share, timeShare) * 100)),
      activeSeconds,
      met,
    }
  })
  const used = attempts.filter((attempt) => attempt.submitted).length
  return {
    campaign: {
      id: plan.id,
      title: campaign.title,
      slug: campaign.slug ?? '',
      description: campaign.description ?? '',
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      phase: context.phase,
      enrolment: plan.enrolment,
      leaderboard: plan.leaderboard,
      checkInDays: plan.checkInDays,
      reflectionRequired: plan.reflectionRequired,
      reflectionMinLength: plan.reflectionMinLength,
      quiz: { ...plan.quiz, questionCount: plan.quiz.enabled ? quizQuestionCount(campaign) : 0 },
      points: plan.points,
    },
    today: context.today,
    enrolled: context.enrolled,
    canJoin: !context.enrolled && context.targeted && context.phase !== 'ended',
    standing,
    checklist,
    checkedInToday: checkedIn.length > 0,
    reflection: reflections[0] ?? null,
    quiz: { attempts, attemptsLeft: Math.max(0, plan.quiz.maxAttempts - used) },
    badges: campaignBadges(plan, standing),
    featured,
  }
}
